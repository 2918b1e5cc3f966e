import { eachWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
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
  measure(model, period, out) {
    eachWithin(model, 'cpPlans', 'start', period.fytdStart, period.end, (c, p) => {
      let earlier = 0;
      let previous: string | null = null;
      for (const e of c.cpPlans) {
        if (e.start >= p.start) continue;
        earlier++;
        if (previous === null || e.start > previous) previous = e.start;
      }
      out.add(
        out.listing &&
          member(
            c,
            {
              plan_start: p.start,
              earlier_plans: earlier,
              previous_plan_start: previous,
              previous_plans_recorded: p.previousPlans ?? 0,
            },
            p.id,
          ),
        earlier > 0 || (p.previousPlans ?? 0) > 0,
      );
    });
    return { kind: 'percent' };
  },
});
