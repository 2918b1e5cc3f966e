import { childrenOfAny, childrenOverlapping } from '../candidates.ts';
import { member, populationAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { cinPlanAt } from './cin-plans.ts';
import { lookedAfterAt } from './cla.ts';
import { cpPlanAt } from './cp-plans.ts';

/**
 * One member per child (counted once, however many of the three apply) with, at `end`, an open CIN plan, an
 * open CP plan or an open period of care, per 10,000 of the population held for the calendar year of `end`.
 * A period of care is an episode that counts as looked after: a child whose only episode at `end` is a series
 * of short breaks (V3, V4) is not counted through it, as for the CLA figures (such a child counts when they
 * have an open CIN plan). A child with only an open referral or assessment is not counted. Each of the three is
 * read by the one definition its own indicator uses (`cinPlanAt`, `cpPlanAt`, `lookedAfterAt`), so the care start
 * shown is the one `cla` shows.
 */
export const cinRate = defineIndicator({
  id: 'cin_rate',
  title: 'Children in need per 10,000',
  unit: 'rate',
  polarity: 'down',
  section: 'Children in need',
  definition:
    'Children at `end` with an open CIN plan, CP plan or period of care, per 10,000 ("open children in need, not counting those only being assessed").',
  facts: [
    ['cin_plan_start', 'CIN plan start'],
    ['cp_plan_start', 'CP plan start'],
    ['care_start', 'Period of care start'],
  ],
  measure(model, period, out) {
    const end = period.end;
    const candidates = childrenOfAny(
      model,
      childrenOverlapping(model, 'cinPlans', end, end, 'start', 'end'),
      childrenOverlapping(model, 'cpPlans', end, end, 'start', 'end'),
      childrenOverlapping(model, 'episodes', end, end, 'start', 'end'),
    );
    for (const c of candidates) {
      const cin = cinPlanAt(c, end);
      const cp = cpPlanAt(c, end);
      const care = lookedAfterAt(c, end);
      if (!cin && !cp && !care) continue;
      out.add(
        out.listing &&
          member(c, {
            cin_plan_start: cin?.start ?? null,
            cp_plan_start: cp?.start ?? null,
            care_start: care?.start ?? null,
          }),
      );
    }
    return { kind: 'rate', population: populationAt(model, end) };
  },
});
