import { allocatedTeam, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenOnCinPlanAt } from './cin-plans.ts';

/**
 * cin_plans less the children whose allocation open at `end` is to a team of type 'disability'. A child with
 * no allocation open at `end` (unallocated) is kept: only a recorded disability-team allocation removes a child.
 * An allocation ending on `end` is not open at `end`, so the team it names does not count.
 */
export const cinPlansNotCwd = defineIndicator({
  id: 'cin_plans_not_cwd',
  title: 'Children on a child in need plan, excluding children with disabilities teams',
  unit: 'number',
  polarity: 'none',
  section: 'Children in need',
  definition: 'The same, less children whose allocated team at `end` is a children with disabilities team.',
  facts: [
    ['plan_start', 'Plan start'],
    ['team', 'Allocated team'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: plan } of childrenOnCinPlanAt(model, period.end)) {
      const team = allocatedTeam(model, c, period.end);
      if (team?.type === 'disability') continue;
      out.add(out.listing && member(c, { plan_start: plan.start, team: team?.name ?? null }, plan.id));
    }
    return { kind: 'count' };
  },
});
