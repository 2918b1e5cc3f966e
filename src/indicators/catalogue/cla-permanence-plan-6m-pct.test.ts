import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claPermanencePlan6mPct } from './cla-permanence-plan-6m-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

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
const plan = (id: string, date: string) => ({ id, date });

describe('cla_permanence_plan_6m_pct', () => {
  it('at 31 March 2025: looked after from 29 September 2024 (183 days) or earlier, plan by day 183', () => {
    const m = model([
      // 183 days looked after; plan on day 183 (31 March 2025).
      child('a', { episodes: [ep('a1', '2024-09-29', null)], permanencePlans: [plan('a', '2025-03-31')] }),
      // 182 days: left out.
      child('b', { episodes: [ep('b1', '2024-09-30', null)], permanencePlans: [plan('b', '2024-10-01')] }),
      // From 1 January 2024 (a leap year): 2 July is day 183, in time...
      child('c', { episodes: [ep('c1', '2024-01-01', null)], permanencePlans: [plan('c', '2024-07-02')] }),
      // ...3 July is day 184, late.
      child('d', { episodes: [ep('d1', '2024-01-01', null)], permanencePlans: [plan('d', '2024-07-03')] }),
      // A plan from the previous period of care does not count.
      child('e', {
        episodes: [ep('e1', '2022-01-01', '2023-06-01'), ep('e2', '2024-01-01', null)],
        permanencePlans: [plan('e', '2022-03-01')],
      }),
      child('f', { episodes: [ep('f1', '2024-01-01', null)] }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claPermanencePlan6mPct.compute(m, period);
    expect(figureOf(claPermanencePlan6mPct, period, measure)).toMatchObject({
      value: 40,
      numerator: 2,
      denominator: 5,
    });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      [
        'a',
        true,
        {
          care_start: '2024-09-29',
          days_looked_after: 183,
          permanence_plan: '2025-03-31',
          days_to_plan: 183,
        },
      ],
      [
        'c',
        true,
        {
          care_start: '2024-01-01',
          days_looked_after: 455,
          permanence_plan: '2024-07-02',
          days_to_plan: 183,
        },
      ],
      [
        'd',
        false,
        {
          care_start: '2024-01-01',
          days_looked_after: 455,
          permanence_plan: '2024-07-03',
          days_to_plan: 184,
        },
      ],
      [
        'e',
        false,
        { care_start: '2024-01-01', days_looked_after: 455, permanence_plan: null, days_to_plan: null },
      ],
      [
        'f',
        false,
        { care_start: '2024-01-01', days_looked_after: 455, permanence_plan: null, days_to_plan: null },
      ],
    ]);
  });

  it('gives no value when no child has been looked after for 183 days', () => {
    const period = monthOf('2025-03-31');
    const m = model([child('b', { episodes: [ep('b1', '2024-09-30', null)] })]);
    expect(
      figureOf(claPermanencePlan6mPct, period, claPermanencePlan6mPct.compute(m, period)).value,
    ).toBeNull();
  });

  it('takes the first plan of the period by date, whatever order the records are listed in', () => {
    // Care from 1 January 2024; plans listed newest first. The first of the period, 1 March 2024, is 60 days
    // after the start (31 in January + 29 in February): in time. The later one (2 January 2025, day 367) is not
    // the first.
    const m = model([
      child('a', {
        episodes: [ep('a1', '2024-01-01', null)],
        permanencePlans: [plan('a2', '2025-01-02'), plan('a1', '2024-03-01')],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claPermanencePlan6mPct.compute(m, period);
    expect(figureOf(claPermanencePlan6mPct, period, measure)).toMatchObject({ value: 100, numerator: 1 });
    expect(measure.members[0]?.facts).toMatchObject({ permanence_plan: '2024-03-01', days_to_plan: 60 });
  });
});
