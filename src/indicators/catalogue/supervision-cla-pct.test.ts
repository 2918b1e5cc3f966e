import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { supervisionClaPct } from './supervision-cla-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const episode = (
  id: string,
  start: string,
  end: string | null,
  rne: string,
  legalStatus = 'C2',
  reasonEnd: string | null = null,
): ChildJourney['episodes'][number] => ({
  id,
  start,
  end,
  rne,
  legalStatus,
  placement: 'U1',
  provider: 'PR1',
  reasonEnd,
  longTerm: false,
});
const supervised = (id: string, date: string) => [{ id: `${id}-s`, date }];

describe('supervision_cla_pct', () => {
  it('times 42 days from the start of the period of care, not of the current placement, leaving out short breaks', () => {
    const m = model([
      // Moved placement on 1 March 2025; in care since 10 January 2024.
      child('a', {
        episodes: [
          episode('a1', '2024-01-10', '2025-03-01', 'S', 'C2', 'X1'),
          episode('a2', '2025-03-01', null, 'P'),
        ],
        supervisions: supervised('a', '2025-03-20'),
      }),
      // Came into care on 20 February 2025: not 42 days before 31 March (before 17 February).
      child('b', {
        episodes: [episode('b1', '2025-02-20', null, 'S')],
        supervisions: supervised('b', '2025-03-01'),
      }),
      // Short breaks only (V3): not looked after.
      child('c', { episodes: [episode('c1', '2024-01-01', null, 'S', 'V3')] }),
      child('d', { episodes: [episode('d1', '2024-05-01', null, 'S')] }),
      // Left care on 31 March.
      child('e', {
        episodes: [episode('e1', '2024-05-01', '2025-03-31', 'S', 'C2', 'E11')],
        supervisions: supervised('e', '2025-03-10'),
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = supervisionClaPct.compute(m, period);
    expect(figureOf(supervisionClaPct, period, measure)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(
      percentMembers(measure).map((x) => [x.laChildId, x.recordId, x.facts.start, x.inNumerator]),
    ).toEqual([
      ['a', 'a2', '2024-01-10', true],
      ['d', 'd1', '2024-05-01', false],
    ]);
  });

  it('times care that began as short breaks from the start of the care counted, as the other CLA figures do', () => {
    // Short breaks (V3) joined by X1 to section 20 care (L, V2): the child is looked after, as the catalogue
    // counts children looked after, only from the V2 episode (cla.ts), the start of their care for every clock.
    const m = model([
      // Counted from 12 March 2025: 19 days at 31 March, not more than 42: left out (timed from the short
      // breaks of 6 January it would be 84 days, and in the denominator without a supervision).
      child('p', {
        episodes: [
          episode('p1', '2025-01-06', '2025-03-12', 'S', 'V3', 'X1'),
          episode('p2', '2025-03-12', null, 'L', 'V2'),
        ],
      }),
      // Counted from 1 February 2025: 58 days, more than 42; supervised on 25 February, on or after 18 February.
      child('q', {
        episodes: [
          episode('q1', '2024-10-01', '2025-02-01', 'S', 'V3', 'X1'),
          episode('q2', '2025-02-01', null, 'L', 'V2'),
        ],
        supervisions: supervised('q', '2025-02-25'),
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = supervisionClaPct.compute(m, period);
    expect(figureOf(supervisionClaPct, period, measure)).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
    expect(percentMembers(measure).map((x) => [x.laChildId, x.recordId, x.facts.start])).toEqual([
      ['q', 'q2', '2025-02-01'],
    ]);
  });
});
