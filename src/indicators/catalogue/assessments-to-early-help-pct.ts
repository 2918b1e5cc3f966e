import { defineIndicator } from '../indicator.ts';
import { assessmentOutcomeMembers } from './assessments-nfa-pct.ts';

/**
 * One denominator member per assessment authorised in the month. In the numerator when its recorded outcome is
 * step-down to early help, or its social care episode was closed with RC9 after it (it is the last assessment
 * on the episode authorised on or before the closure), as for assessments_nfa_pct with RC8. Whether an early
 * help episode actually started is not required: this measures the assessment's outcome.
 */
export const assessmentsToEarlyHelpPct = defineIndicator({
  id: 'assessments_to_early_help_pct',
  title: 'Assessments stepping down to early help',
  unit: 'percent',
  polarity: 'none',
  section: 'Assessment',
  definition:
    'Of assessments authorised in the month, those whose outcome was step-down to early help (RC9).',
  facts: [
    ['start', 'Start'],
    ['authorised', 'Authorised'],
    ['outcome', 'Outcome'],
    ['closure_reason', 'Episode closed after it with'],
  ],
  measure(model, period, out) {
    assessmentOutcomeMembers(model, period, out, 'early_help', 'RC9');
    return { kind: 'percent' };
  },
});
