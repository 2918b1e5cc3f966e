import { childrenWithin } from '../candidates.ts';
import { inRange, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per plan starting from `fytdStart` to `end`. A plan is second or subsequent when the child has
 * another plan that started strictly earlier, at any time (including earlier in the same year, and still open),
 * or the plan records previous plans (cp_plan.previous_plans: plans before the record began, from migration).
 */
export const cpSecondOrSubsequentPct = defineIndicator({
  id: 'cp_second_or_subsequent_pct',
  title: 'Child protection plans that are second or subsequent plans (FYTD)',
  unit: 'percent',
  polarity: 'down',
  section: 'Child protection',
  definition: 'Of CP plans starting FYTD, those for a child who had an earlier CP plan at any time.',
  facts: [
    ['plan_start', 'Plan start'],
    ['earlier_plans', 'Earlier plans'],
    ['previous_plan_start', 'Previous plan start'],
    ['previous_plans_recorded', 'Previous plans recorded'],
  ],
  compute(model, period) {
    return {
      kind: 'percent',
      members: childrenWithin(model, 'cpPlans', 'start', period.fytdStart, period.end).flatMap((c) =>
        c.cpPlans
          .filter((p) => inRange(p.start, period.fytdStart, period.end))
          .map((p) => {
            const earlier = c.cpPlans.filter((e) => e.start < p.start);
            const previous = earlier.reduce<string | null>(
              (m, e) => (m === null || e.start > m ? e.start : m),
              null,
            );
            return {
              ...member(
                c,
                {
                  plan_start: p.start,
                  earlier_plans: earlier.length,
                  previous_plan_start: previous,
                  previous_plans_recorded: p.previousPlans ?? 0,
                },
                p.id,
              ),
              inNumerator: earlier.length > 0 || (p.previousPlans ?? 0) > 0,
            };
          }),
      ),
    };
  },
});
