import { member, populationAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenOnCpPlanAt } from './cp-plans.ts';

/** The children of `cp_plans` (once each; a plan ending on `end` is not open) over the population for `end`. */
export const cpRate = defineIndicator({
  id: 'cp_rate',
  title: 'Children on a child protection plan per 10,000',
  unit: 'rate',
  polarity: 'none',
  section: 'Child protection',
  definition: '`cp_plans` per 10,000.',
  facts: [['plan_start', 'Plan start']],
  measure(model, period, out) {
    for (const { child, value: plan } of childrenOnCpPlanAt(model, period.end))
      out.add(out.listing && member(child, { plan_start: plan.start }, plan.id));
    return { kind: 'rate', population: populationAt(model, period.end) };
  },
});
