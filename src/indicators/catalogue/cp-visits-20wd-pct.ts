import { defineIndicator } from '../indicator.ts';
import { CP_VISIT_FACTS, cpVisitMembers } from './cp-visits-10wd-pct.ts';

/** cp_visits_10wd_pct with 20 working days, in both the denominator's test and the numerator's. */
export const cpVisits20wdPct = defineIndicator({
  id: 'cp_visits_20wd_pct',
  title: 'Children on a child protection plan seen in the last 20 working days',
  unit: 'percent',
  polarity: 'up',
  section: 'Child protection',
  definition: 'The same with 20 working days.',
  facts: CP_VISIT_FACTS,
  measure(model, period, out) {
    cpVisitMembers(model, period, 20, out);
    return { kind: 'percent' };
  },
});
