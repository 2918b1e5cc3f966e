import { eachWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/** One member per plan (a record count): a child whose plan ends and restarts in the month counts twice. */
export const cpPlansStarted = defineIndicator({
  id: 'cp_plans_started',
  title: 'Child protection plans started',
  unit: 'number',
  polarity: 'none',
  section: 'Child protection',
  definition: 'Child protection plans starting in the month.',
  facts: [['plan_start', 'Plan start']],
  measure(model, period, out) {
    eachWithin(model, 'cpPlans', 'start', period.start, period.end, (c, p) =>
      out.add(out.listing && member(c, { plan_start: p.start }, p.id)),
    );
    return { kind: 'count' };
  },
});
