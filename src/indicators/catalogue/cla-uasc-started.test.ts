import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claUascStarted } from './cla-uasc-started.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, more: Partial<Episode> = {}): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'V2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
  ...more,
});

describe('cla_uasc_started', () => {
  it('counts children starting care in the month who were UASC on the day their care began', () => {
    const m = model([
      child('a', { uascSince: '2025-03-04', episodes: [ep('a1', '2025-03-04', null)] }),
      // UASC recorded from the day after care began: not UASC at the start.
      child('b', { uascSince: '2025-03-05', episodes: [ep('b1', '2025-03-04', null)] }),
      // Care began in February.
      child('c', { uascSince: '2025-02-01', episodes: [ep('c1', '2025-02-28', null)] }),
      // UASC status ceased on the day care began.
      child('d', {
        uascSince: '2024-06-01',
        uascCeased: '2025-03-20',
        episodes: [ep('d1', '2025-03-20', null)],
      }),
      // Care began on the last day of the month.
      child('e', { uascSince: '2025-01-10', episodes: [ep('e1', '2025-03-31', null)] }),
      // Starting care, not UASC.
      child('f', { episodes: [ep('f1', '2025-03-12', null)] }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claUascStarted.compute(m, period);
    expect(figureOf(claUascStarted, period, measure)).toMatchObject({ value: 2 });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { care_start: '2025-03-04', uasc_since: '2025-03-04' }],
      ['e', { care_start: '2025-03-31', uasc_since: '2025-01-10' }],
    ]);
  });
});
