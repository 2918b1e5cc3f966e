import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cpPlansStarted } from './cp-plans-started.ts';

describe('cp_plans_started', () => {
  it('counts plans starting from 1 to 29 February 2024, twice for a child whose plan ends and starts again', () => {
    const m = model([
      child('a', {
        cpPlans: [
          { id: 'a1', start: '2024-02-01', end: '2024-02-10' },
          { id: 'a2', start: '2024-02-29', end: null },
        ],
      }),
      child('b', { cpPlans: [{ id: 'b1', start: '2024-01-31', end: null }] }),
      child('c', { cpPlans: [{ id: 'c1', start: '2024-03-01', end: null }] }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = cpPlansStarted.compute(m, period);
    expect(figureOf(cpPlansStarted, period, measure).value).toBe(2);
    expect(measure.members.map((x) => [x.recordId, x.facts.plan_start])).toEqual([
      ['a1', '2024-02-01'],
      ['a2', '2024-02-29'],
    ]);
  });

  it('gives 0 for a month with none', () => {
    const period = monthOf('2024-03-31');
    expect(figureOf(cpPlansStarted, period, cpPlansStarted.compute(model([]), period)).value).toBe(0);
  });
});
