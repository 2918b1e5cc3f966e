import { childrenWithin } from '../candidates.ts';
import { inRange, member } from '../conventions.ts';
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
    for (const c of childrenWithin(model, 'cpPlans', 'start', period.start, period.end))
      for (const p of c.cpPlans)
        if (inRange(p.start, period.start, period.end))
          out.add(out.listing && member(c, { plan_start: p.start }, p.id));
    return { kind: 'count' };
  },
});
