import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cpSecondOrSubsequentPct } from './cp-second-or-subsequent-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const m = model([
  // A plan years ago makes the plan starting on 1 April 2024 (the first day of 2024-25) a second plan.
  child('a', {
    cpPlans: [
      { id: 'a1', start: '2019-05-01', end: '2020-01-01' },
      { id: 'a2', start: '2024-04-01', end: null },
    ],
  }),
  // b1 starts on 31 March 2024, the last day of 2023-24; b2 on 31 March 2025, the last day of 2024-25.
  child('b', {
    cpPlans: [
      { id: 'b1', start: '2024-03-31', end: '2024-06-01' },
      { id: 'b2', start: '2025-03-31', end: null },
    ],
  }),
  // Two plans in the same year: the first is a first plan, the second a second.
  child('c', {
    cpPlans: [
      { id: 'c1', start: '2024-05-01', end: '2024-08-01' },
      { id: 'c2', start: '2024-10-01', end: null },
    ],
  }),
  child('d', { cpPlans: [{ id: 'd1', start: '2024-12-01', end: null }] }),
  child('e', { cpPlans: [{ id: 'e1', start: '2025-04-01', end: null }] }),
]);

describe('cp_second_or_subsequent_pct', () => {
  it('takes plans starting from 1 April 2024 to 31 March 2025 for March 2025', () => {
    const period = monthOf('2025-03-31');
    const measure = cpSecondOrSubsequentPct.compute(m, period);
    expect(figureOf(cpSecondOrSubsequentPct, period, measure)).toMatchObject({
      value: 60,
      numerator: 3,
      denominator: 5,
    });
    expect(
      percentMembers(measure).map((x) => [
        x.recordId,
        x.facts.earlier_plans,
        x.facts.previous_plan_start,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a2', 1, '2019-05-01', true],
      ['b2', 1, '2024-03-31', true],
      ['c1', 0, null, false],
      ['c2', 1, '2024-05-01', true],
      ['d1', 0, null, false],
    ]);
  });

  it('starts again on 1 April: April 2025 has only the plan starting that day, a first plan (0%, not a dash)', () => {
    const period = monthOf('2025-04-30');
    expect(
      figureOf(cpSecondOrSubsequentPct, period, cpSecondOrSubsequentPct.compute(m, period)),
    ).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('gives no value when no plan started in the year to date', () => {
    const period = monthOf('2023-04-30');
    expect(
      figureOf(cpSecondOrSubsequentPct, period, cpSecondOrSubsequentPct.compute(m, period)).value,
    ).toBeNull();
  });
});

describe('cp_second_or_subsequent_pct with plans from before the record', () => {
  it('counts a first plan in Hearth whose record says the child had plans before', () => {
    const period = monthOf('2025-06-30');
    const measure = cpSecondOrSubsequentPct.compute(
      model([child('a', { cpPlans: [{ id: 'p', start: '2025-06-02', end: null, previousPlans: 2 }] })]),
      period,
    );
    expect(figureOf(cpSecondOrSubsequentPct, period, measure)).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
  });
});
