import { defineIndicator } from '../indicator.ts';
import { cpPlanAt } from './cp-plans.ts';
import { supervisionFacts, supervisionMembers } from './supervision-cin-pct.ts';

/** supervision_cin_pct for children on a CP plan, with the interval of rule supervision_cp (default 28 days). */
export const supervisionCpPct = defineIndicator({
  id: 'supervision_cp_pct',
  title: 'Children on a child protection plan with case supervision in the interval',
  unit: 'percent',
  polarity: 'up',
  section: 'Management oversight and workforce',
  definition: 'The same for children on a CP plan.',
  facts: supervisionFacts('Plan start'),
  measure(model, period, out) {
    supervisionMembers(
      model,
      period,
      'supervision_cp',
      (c, date) => {
        const plan = cpPlanAt(c, date);
        return plan && { start: plan.start, recordId: plan.id };
      },
      'cpPlans',
      out,
    );
    return { kind: 'percent' };
  },
});
