import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cinPlans } from './cin-plans.ts';
import { cinPlansNotCwd } from './cin-plans-not-cwd.ts';

const plan = (id: string, start: string, end: string | null = null) => ({ id, start, end });
const allocation = (id: string, teamId: string, start: string, end: string | null = null) => ({
  id,
  teamId,
  workerId: null,
  start,
  end,
});
const teams = [
  { id: 'cin', name: 'Children’s team', type: 'children', target: 20 },
  { id: 'cwd', name: 'Disabled children’s team', type: 'disability', target: 20 },
];

describe('cin_plans_not_cwd', () => {
  it('leaves out children allocated at the month end to a children with disabilities team', () => {
    const m = model(
      [
        child('a', {
          cinPlans: [plan('a1', '2025-01-06')],
          allocations: [allocation('x1', 'cin', '2025-01-06')],
        }),
        child('b', {
          cinPlans: [plan('b1', '2024-09-02')],
          allocations: [allocation('x2', 'cwd', '2024-09-02')],
        }),
        // Unallocated: kept.
        child('c', { cinPlans: [plan('c1', '2025-03-03')] }),
        // Moved from the disabilities team to the children's team on 31 March: the children's team at the end.
        child('d', {
          cinPlans: [plan('d1', '2024-05-01')],
          allocations: [
            allocation('x3', 'cwd', '2024-05-01', '2025-03-31'),
            allocation('x4', 'cin', '2025-03-31'),
          ],
        }),
        // The other way round: left out.
        child('e', {
          cinPlans: [plan('e1', '2024-05-01')],
          allocations: [
            allocation('x5', 'cin', '2024-05-01', '2025-03-31'),
            allocation('x6', 'cwd', '2025-03-31'),
          ],
        }),
        // Allocated but with no CIN plan.
        child('f', { allocations: [allocation('x7', 'cin', '2025-01-01')] }),
      ],
      { teams },
    );
    const period = monthOf('2025-03-01');
    const measure = cinPlansNotCwd.compute(m, period);
    expect(figureOf(cinPlansNotCwd, period, measure)).toEqual({
      id: 'cin_plans_not_cwd',
      period: '2025-03',
      value: 3,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.facts.team])).toEqual([
      ['a', 'Children’s team'],
      ['c', null],
      ['d', 'Children’s team'],
    ]);
    // cin_plans counts all five children with a plan: the two on the disabilities team are the difference.
    expect(figureOf(cinPlans, period, cinPlans.compute(m, period)).value).toBe(5);
  });
});
