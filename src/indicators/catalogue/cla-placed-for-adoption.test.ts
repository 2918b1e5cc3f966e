import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claPlacedForAdoption } from './cla-placed-for-adoption.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, more: Partial<Episode> = {}): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'E1',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
  ...more,
});

describe('cla_placed_for_adoption', () => {
  it('counts children looked after at the month end in placements A3 to A6', () => {
    const m = model([
      child('a', { episodes: [ep('a1', '2024-05-01', null, { placement: 'A5' })] }),
      child('b', { episodes: [ep('b1', '2024-05-01', null, { placement: 'A3', legalStatus: 'V2' })] }),
      child('c', { episodes: [ep('c1', '2024-05-01', null, { placement: 'U4' })] }),
      // Adopted (E11) on 31 March: no longer looked after.
      child('d', { episodes: [ep('d1', '2024-05-01', '2025-03-31', { placement: 'A6', reasonEnd: 'E11' })] }),
      // Placed for adoption on 31 March, the as-at date.
      child('e', {
        episodes: [
          ep('e1', '2024-05-01', '2025-03-31', { placement: 'U5', reasonEnd: 'X1' }),
          ep('e2', '2025-03-31', null, { rne: 'T', placement: 'A4' }),
        ],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claPlacedForAdoption.compute(m, period);
    expect(figureOf(claPlacedForAdoption, period, measure)).toMatchObject({ value: 3 });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { care_start: '2024-05-01', placement: 'A5' }],
      ['b', { care_start: '2024-05-01', placement: 'A3' }],
      ['e', { care_start: '2024-05-01', placement: 'A4' }],
    ]);
  });
});
