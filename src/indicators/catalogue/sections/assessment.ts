import type { Indicator } from '../../indicator.ts';
import { assessments45wdPct } from '../assessments-45wd-pct.ts';
import { assessmentsCompleted } from '../assessments-completed.ts';
import { assessmentsNfaPct } from '../assessments-nfa-pct.ts';
import { assessmentsRateFytd } from '../assessments-rate-fytd.ts';
import { assessmentsToEarlyHelpPct } from '../assessments-to-early-help-pct.ts';
import { earlyHelpAssessmentsCompleted } from '../early-help-assessments-completed.ts';

/** The catalogue's section, in its order. */
export const ASSESSMENT: readonly Indicator[] = [
  assessmentsCompleted,
  assessmentsRateFytd,
  assessments45wdPct,
  assessmentsNfaPct,
  assessmentsToEarlyHelpPct,
  earlyHelpAssessmentsCompleted,
];
