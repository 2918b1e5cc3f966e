import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cla3plusPlacementsPct } from './cla-3plus-placements-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

type Episode = ChildJourney['episodes'][number];
/** Episodes joined end to start with X1, the last left open. */
function chain(prefix: string, steps: [string, string, string?][]): Episode[] {
  return steps.map(([start, rne, legalStatus], i) => {
    const end = steps[i + 1]?.[0] ?? null;
    return {
      id: `${prefix}${i + 1}`,
      start,
      end,
      rne,
      legalStatus: legalStatus ?? 'C2',
      placement: 'U4',
      provider: 'PR1',
      reasonEnd: end ? 'X1' : null,
      longTerm: false,
    };
  });
}
const ended = (e: Episode, end: string): Episode => ({ ...e, end, reasonEnd: 'E4A' });

describe('cla_3plus_placements_pct', () => {
  it('counts the placement open at 31 March 2024 plus S, P and T episodes from 1 April 2024 to 31 March 2025', () => {
    const m = model([
      // Began 31 March 2024: the open placement at the window's start (1), then P (2) and T (3).
      child('a', {
        episodes: chain('a', [
          ['2024-03-31', 'S'],
          ['2024-06-01', 'P'],
          ['2024-09-01', 'T'],
        ]),
      }),
      // A move on 31 March 2024 is the open placement (1), not a new one; then P (2).
      child('b', {
        episodes: chain('b', [
          ['2023-01-01', 'S'],
          ['2024-03-31', 'P'],
          ['2024-12-01', 'P'],
        ]),
      }),
      // S on 1 April 2024 (1), P (2); B, L and U keep the same carers.
      child('c', {
        episodes: chain('c', [
          ['2024-04-01', 'S'],
          ['2024-07-01', 'P'],
          ['2024-10-01', 'B'],
          ['2024-11-01', 'L'],
          ['2025-01-01', 'U'],
        ]),
      }),
      // Open at the start (1), P (2), P on 31 March 2025 (3).
      child('d', {
        episodes: chain('d', [
          ['2022-01-01', 'S'],
          ['2024-05-01', 'P'],
          ['2025-03-31', 'P'],
        ]),
      }),
      // Across two periods of care: open at the start (1), a new period (2), P (3).
      child('e', {
        episodes: [
          ended(chain('e', [['2023-06-01', 'S']])[0]!, '2024-06-01'),
          ...chain('f', [
            ['2024-09-01', 'S'],
            ['2025-01-01', 'P'],
          ]),
        ],
      }),
      // Short breaks (V3) are not placements: only the section 20 care counts (1).
      child('g', {
        episodes: [
          ended(chain('g', [['2024-05-01', 'S', 'V3']])[0]!, '2024-05-03'),
          ended(chain('h', [['2024-06-01', 'S', 'V3']])[0]!, '2024-06-03'),
          ...chain('i', [['2024-07-01', 'S', 'V2']]),
        ],
      }),
      // Short breaks open at the window's start, becoming section 20 care (L) on 1 May (1), P (2), T (3).
      child('j', {
        episodes: chain('j', [
          ['2024-02-01', 'S', 'V3'],
          ['2024-05-01', 'L', 'V2'],
          ['2024-08-01', 'P', 'V2'],
          ['2024-12-01', 'T', 'C1'],
        ]),
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = cla3plusPlacementsPct.compute(m, period);
    expect(figureOf(cla3plusPlacementsPct, period, measure)).toMatchObject({ numerator: 4, denominator: 7 });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { placement_at_window_start: 'U4', new_placements: 2, placements: 3 }],
      ['b', false, { placement_at_window_start: 'U4', new_placements: 1, placements: 2 }],
      ['c', false, { placement_at_window_start: null, new_placements: 2, placements: 2 }],
      ['d', true, { placement_at_window_start: 'U4', new_placements: 2, placements: 3 }],
      ['e', true, { placement_at_window_start: 'U4', new_placements: 2, placements: 3 }],
      ['g', false, { placement_at_window_start: null, new_placements: 1, placements: 1 }],
      ['j', true, { placement_at_window_start: null, new_placements: 3, placements: 3 }],
    ]);
  });

  it('uses 28 February 2023 as the window start at 29 February 2024', () => {
    const m = model([
      // Began 28 February 2023: open at the window's start (1), then P (2), P (3).
      child('a', {
        episodes: chain('a', [
          ['2023-02-28', 'S'],
          ['2023-03-01', 'P'],
          ['2024-02-29', 'P'],
        ]),
      }),
      // Began 27 February 2023, moved 28 February 2023 (the open one, 1), then P (2).
      child('b', {
        episodes: chain('b', [
          ['2023-02-27', 'S'],
          ['2023-02-28', 'P'],
          ['2023-06-01', 'P'],
        ]),
      }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = cla3plusPlacementsPct.compute(m, period);
    expect(measure.members.map((x) => [x.personId, x.facts.placements])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(figureOf(cla3plusPlacementsPct, period, measure)).toMatchObject({ value: 50 });
  });
});
