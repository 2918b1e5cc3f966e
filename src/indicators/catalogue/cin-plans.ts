import { childrenWithAt } from '../candidates.ts';
import { member, openAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';

/** The child's CIN plan open at `date` (the earliest started, should two overlap), if any. */
export function cinPlanAt(child: ChildJourney, date: string): ChildJourney['cinPlans'][number] | undefined {
  let plan: ChildJourney['cinPlans'][number] | undefined;
  for (const p of child.cinPlans)
    if (openAt(p.start, p.end, date) && (!plan || p.start < plan.start)) plan = p;
  return plan;
}

/** The children with a CIN plan open at D, each with `cinPlanAt`'s plan: once per model and date (see childrenWith). */
export function childrenOnCinPlanAt(model: JourneyModel, date: string) {
  return childrenWithAt(model, 'cin plan', 'cinPlans', date, (child) => cinPlanAt(child, date));
}

/**
 * One member per child with a CIN plan open at `end`; a plan ending on `end` is not open. Children on a CP
 * plan or looked after are counted only when they also have an open CIN plan recorded, and age is not tested
 * (the definition does not limit it to under-18s; a plan is normally ended at 18).
 */
export const cinPlans = defineIndicator({
  id: 'cin_plans',
  title: 'Children on a child in need plan',
  unit: 'number',
  polarity: 'none',
  section: 'Children in need',
  definition: 'Children with an open child in need plan at `end`.',
  facts: [['plan_start', 'Plan start']],
  measure(model, period, out) {
    for (const { child, value: plan } of childrenOnCinPlanAt(model, period.end))
      out.add(out.listing && member(child, { plan_start: plan.start }, plan.id));
    return { kind: 'count' };
  },
});
