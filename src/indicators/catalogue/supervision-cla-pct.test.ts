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
});
