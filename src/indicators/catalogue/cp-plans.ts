import { childrenOverlapping } from '../candidates.ts';
import { member, openAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';

/** The child's child protection plan open at D, if any (the first, should two overlap by mistake). */
export function cpPlanAt(child: ChildJourney, date: string) {
  return child.cpPlans.find((p) => openAt(p.start, p.end, date));
}

/** One member per child (not per plan), carrying the open plan's id; a plan ending on `end` is not open. */
export const cpPlans = defineIndicator({
  id: 'cp_plans',
  title: 'Children on a child protection plan',
  unit: 'number',
  polarity: 'none',
  section: 'Child protection',
  definition: 'Children subject to a child protection plan at `end`.',
  facts: [['plan_start', 'Plan start']],
  compute(model, period) {
    return {
      kind: 'count',
      members: childrenOverlapping(model, 'cpPlans', period.end, period.end, 'start', 'end').flatMap((c) => {
        const plan = cpPlanAt(c, period.end);
        return plan ? [member(c, { plan_start: plan.start }, plan.id)] : [];
      }),
    };
  },
});
