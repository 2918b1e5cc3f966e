import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { periodOfCareStart } from '../conventions.ts';
import { cla } from './cla.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, more: Partial<Episode> = {}): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
  ...more,
});

describe('cla', () => {
  const m = model([
    child('a', { episodes: [ep('a1', '2024-06-01', null)] }),
    // Ends on the as-at date: not open at 31 March.
    child('b', { episodes: [ep('b1', '2024-06-01', '2025-03-31')] }),
    // Short breaks only (V3): not counted.
    child('c', { episodes: [ep('c1', '2025-03-01', null, { legalStatus: 'V3' })] }),
    // Starts on the as-at date: open.
    child('d', { episodes: [ep('d1', '2025-03-31', null, { legalStatus: 'V2' })] }),
    // Two episodes joined by X1: the care began with the first.
    child('e', {
      episodes: [
        ep('e1', '2024-01-10', '2024-09-01', { legalStatus: 'V2', reasonEnd: 'X1' }),
        ep('e2', '2024-09-01', null, { rne: 'L', legalStatus: 'C1' }),
      ],
    }),
    // Turns 18 on 31 March 2025: care ended on the birthday (E17), so not looked after at 31 March.
    child('f', {
      dateOfBirth: '2007-03-31',
      episodes: [ep('f1', '2020-05-01', '2025-03-31', { reasonEnd: 'E17' })],
    }),
    // Short breaks (V4) that became section 20 care on 10 February 2025: counted from then.
    child('g', {
      episodes: [
        ep('g1', '2025-01-06', '2025-02-10', { legalStatus: 'V4', reasonEnd: 'X1' }),
        ep('g2', '2025-02-10', null, { rne: 'L', legalStatus: 'V2' }),
      ],
    }),
  ]);

  it('counts children with a looked-after episode open at the month end, not short breaks or care ending that day', () => {
    const period = monthOf('2025-03-01');
    const measure = cla.compute(m, period);
    expect(figureOf(cla, period, measure)).toEqual({
      id: 'cla',
      period: '2025-03',
      value: 4,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { care_start: '2024-06-01', legal_status: 'C2', placement: 'U4' }],
      ['d', { care_start: '2025-03-31', legal_status: 'V2', placement: 'U4' }],
      ['e', { care_start: '2024-01-10', legal_status: 'C1', placement: 'U4' }],
      ['g', { care_start: '2025-02-10', legal_status: 'V2', placement: 'U4' }],
    ]);
  });

  it('counts the young person who turns 18 on 31 March at the end of February, the month before', () => {
    const period = monthOf('2025-02-28');
    expect(cla.compute(m, period).members.map((x) => x.personId)).toEqual(['a', 'b', 'e', 'f', 'g']);
  });

  it('does not loop on same-day episodes joined by X1 to each other', () => {
    const c = child('h', {
      episodes: [
        ep('h1', '2025-03-10', '2025-03-10', { rne: 'P', reasonEnd: 'X1' }),
        ep('h2', '2025-03-10', '2025-03-10', { rne: 'P', reasonEnd: 'X1' }),
      ],
    });
    expect(periodOfCareStart(c, c.episodes[0]!)).toBe('2025-03-10');
  });
});
