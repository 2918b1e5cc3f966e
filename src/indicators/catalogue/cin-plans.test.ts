import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cinPlans } from './cin-plans.ts';

const plan = (id: string, start: string, end: string | null = null) => ({ id, start, end });

describe('cin_plans', () => {
  it('counts children with a plan open at 29 February 2024, not one ending that day, once each', () => {
    const m = model([
      child('a', { cinPlans: [plan('a1', '2023-06-01')] }),
      child('b', { cinPlans: [plan('b1', '2023-10-01', '2024-02-29')] }),
      child('c', { cinPlans: [plan('c1', '2024-02-29')] }),
      child('d', { cinPlans: [plan('d1', '2024-03-01')] }),
      child('e', { cinPlans: [plan('e1', '2023-01-01', '2024-03-01')] }),
      child('f', { cinPlans: [plan('f1', '2023-01-01', '2023-05-01'), plan('f2', '2023-09-01')] }),
      // 18 on 10 February 2024 with the plan not yet ended: counted (the definition sets no age limit).
      child('g', { dateOfBirth: '2006-02-10', cinPlans: [plan('g1', '2022-04-01')] }),
    ]);
    const period = monthOf('2024-02-01');
    const measure = cinPlans.compute(m, period);
    expect(figureOf(cinPlans, period, measure)).toEqual({
      id: 'cin_plans',
      period: '2024-02',
      value: 5,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.recordId, x.facts.plan_start])).toEqual([
      ['a', 'a1', '2023-06-01'],
      ['c', 'c1', '2024-02-29'],
      ['e', 'e1', '2023-01-01'],
      ['f', 'f2', '2023-09-01'],
      ['g', 'g1', '2022-04-01'],
    ]);
  });

  it('gives 0 when no plan is open', () => {
    const period = monthOf('2024-02-01');
    const m = model([child('a', { cinPlans: [plan('a1', '2023-01-01', '2024-02-29')] })]);
    expect(figureOf(cinPlans, period, cinPlans.compute(m, period)).value).toBe(0);
  });
});
