import { childrenWithAt } from '../candidates.ts';
import { member, openAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';

/** The child's child protection plan open at D, if any (the earliest started, should two overlap, as cinPlanAt). */
export function cpPlanAt(child: ChildJourney, date: string): ChildJourney['cpPlans'][number] | undefined {
  let plan: ChildJourney['cpPlans'][number] | undefined;
  for (const p of child.cpPlans)
    if (openAt(p.start, p.end, date) && (!plan || p.start < plan.start)) plan = p;
  return plan;
}

/** The children with a CP plan open at D, each with `cpPlanAt`'s plan: once per model and date (see childrenWith). */
export function childrenOnCpPlanAt(model: JourneyModel, date: string) {
  return childrenWithAt(model, 'cp plan', 'cpPlans', date, (child) => cpPlanAt(child, date));
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
  measure(model, period, out) {
    for (const { child, value: plan } of childrenOnCpPlanAt(model, period.end))
      out.add(out.listing && member(child, { plan_start: plan.start }, plan.id));
    return { kind: 'count' };
  },
});
