import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cpPlans } from './cp-plans.ts';

describe('cp_plans', () => {
  it('counts children whose plan is open at 29 February 2024: not one ending that day, once per child', () => {
    const m = model([
      child('a', { cpPlans: [{ id: 'a1', start: '2023-06-01', end: null }] }),
      child('b', { cpPlans: [{ id: 'b1', start: '2023-09-01', end: '2024-02-29' }] }),
      child('c', { cpPlans: [{ id: 'c1', start: '2024-02-29', end: null }] }),
      child('d', {
        cpPlans: [
          { id: 'd1', start: '2023-01-05', end: '2023-12-01' },
          { id: 'd2', start: '2024-01-10', end: null },
        ],
      }),
      child('e', { cpPlans: [{ id: 'e1', start: '2023-11-11', end: '2024-03-01' }] }),
      child('f', { cpPlans: [{ id: 'f1', start: '2024-03-01', end: null }] }),
    ]);
    const period = monthOf('2024-02-01');
    const measure = cpPlans.compute(m, period);
    expect(figureOf(cpPlans, period, measure)).toEqual({
      id: 'cp_plans',
      period: '2024-02',
      value: 4,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.laChildId, x.recordId, x.facts.plan_start])).toEqual([
      ['a', 'a1', '2023-06-01'],
      ['c', 'c1', '2024-02-29'],
      ['d', 'd2', '2024-01-10'],
      ['e', 'e1', '2023-11-11'],
    ]);
  });
});
