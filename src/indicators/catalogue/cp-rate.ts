import { childrenOverlapping } from '../candidates.ts';
import { member, openAt, populationAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

export const cpRate = defineIndicator({
  id: 'cp_rate',
  title: 'Children on a child protection plan per 10,000',
  unit: 'rate',
  polarity: 'none',
  section: 'Child protection',
  definition: '`cp_plans` per 10,000.',
  facts: [['plan_start', 'Plan start']],
  compute(model, period) {
    return {
      kind: 'rate',
      population: populationAt(model, period.end),
      members: childrenOverlapping(model, 'cpPlans', period.end, period.end, 'start', 'end').flatMap((c) => {
        const plan = c.cpPlans.find((p) => openAt(p.start, p.end, period.end));
        return plan ? [member(c, { plan_start: plan.start }, plan.id)] : [];
      }),
    };
  },
});
