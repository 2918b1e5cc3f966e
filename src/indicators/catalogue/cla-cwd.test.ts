import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney, TeamInfo } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claCwd } from './cla-cwd.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
});
const alloc = (id: string, teamId: string, start: string, end: string | null) => ({
  id,
  teamId,
  workerId: null,
  start,
  end,
});
const teams: TeamInfo[] = [
  { id: 'dis', name: 'Disabled Children', type: 'disability', target: null },
  { id: 'cic', name: 'Children in Care', type: 'children_in_care', target: null },
];

describe('cla_cwd', () => {
  it('counts looked-after children whose allocation open at the month end is to a disability team', () => {
    const m = model(
      [
        child('a', {
          episodes: [ep('a1', '2024-01-01', null)],
          allocations: [alloc('x', 'dis', '2024-01-01', null)],
        }),
        // Moved from the disability team to children in care on 31 March.
        child('b', {
          episodes: [ep('b1', '2024-01-01', null)],
          allocations: [alloc('x', 'dis', '2024-01-01', '2025-03-31'), alloc('y', 'cic', '2025-03-31', null)],
        }),
        // Short breaks only (V4) with the disability team: not looked after.
        child('c', {
          episodes: [{ ...ep('c1', '2024-01-01', null), legalStatus: 'V4' }],
          allocations: [alloc('x', 'dis', '2024-01-01', null)],
        }),
        // Looked after, not allocated.
        child('d', { episodes: [ep('d1', '2024-01-01', null)] }),
        // Moved to the disability team on 31 March.
        child('e', {
          episodes: [ep('e1', '2024-01-01', null)],
          allocations: [alloc('x', 'cic', '2024-01-01', '2025-03-31'), alloc('y', 'dis', '2025-03-31', null)],
        }),
      ],
      { teams },
    );
    const period = monthOf('2025-03-31');
    const measure = claCwd.compute(m, period);
    expect(figureOf(claCwd, period, measure)).toMatchObject({ value: 2 });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { care_start: '2024-01-01', team: 'Disabled Children' }],
      ['e', { care_start: '2024-01-01', team: 'Disabled Children' }],
    ]);
  });
});
