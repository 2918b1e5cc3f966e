import { eachWithin } from '../candidates.ts';
import { ASSESSMENT_OUTCOME } from '../../domain/local-codes.ts';
import { codeLabel, member } from '../conventions.ts';
import { defineIndicator, type Members } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';
import type { Period } from '../period.ts';

type Assessment = ChildJourney['assessments'][number];

/**
 * The reason for closure of the assessment's episode when the episode was closed after this assessment: the
 * episode has a closure, and this is the last assessment on it authorised on or before the closure date. A
 * closure that followed a later assessment belongs to that one. Null otherwise.
 */
export function closureAfter(child: ChildJourney, assessment: Assessment): string | null {
  let referral: ChildJourney['referrals'][number] | undefined;
  for (const r of child.referrals)
    if (r.id === assessment.referralId) {
      referral = r;
      break;
    }
  if (!referral || referral.closed === null || referral.closureReason === null) return null;
  const closed = referral.closed;
  let last: Assessment | null = null;
  for (const a of child.assessments)
    if (
      a.referralId === referral.id &&
      a.authorised !== null &&
      a.authorised <= closed &&
      (last === null || a.authorised > last.authorised!)
    )
      last = a;
  return last?.id === assessment.id ? referral.closureReason : null;
}

/**
 * Adds to `out` the assessments authorised in the month, each in the numerator when its outcome is `outcome`
 * or its episode was closed after it with `closureReason` (shared by assessments_nfa_pct and
 * assessments_to_early_help_pct).
 */
export function assessmentOutcomeMembers(
  model: JourneyModel,
  period: Period,
  out: Members,
  outcome: string,
  closureReason: string,
): void {
  eachWithin(model, 'assessments', 'authorised', period.start, period.end, (c, a) => {
    const closure = closureAfter(c, a);
    out.add(
      out.listing &&
        member(
          c,
          {
            start: a.start,
            authorised: a.authorised,
            outcome: codeLabel(ASSESSMENT_OUTCOME, a.outcome),
            closure_reason: closure,
          },
          a.id,
        ),
      a.outcome === outcome || closure === closureReason,
    );
  });
}

/**
 * One denominator member per assessment authorised in the month. In the numerator when its recorded outcome is
 * no further action, or its social care episode was closed with RC8 after it (it is the last assessment on the
 * episode authorised on or before the closure), whenever that closure was recorded: an assessment whose
 * outcome was "continue existing support" and whose case was then closed RC8 ended in no further action.
 */
export const assessmentsNfaPct = defineIndicator({
  id: 'assessments_nfa_pct',
  title: 'Assessments ending in no further action',
  unit: 'percent',
  polarity: 'down',
  section: 'Assessment',
  definition:
    'Of assessments authorised in the month, those whose recorded outcome was no further action (including closure with reason RC8).',
  facts: [
    ['start', 'Start'],
    ['authorised', 'Authorised'],
    ['outcome', 'Outcome'],
    ['closure_reason', 'Episode closed after it with'],
  ],
  measure(model, period, out) {
    assessmentOutcomeMembers(model, period, out, 'nfa', 'RC8');
    return { kind: 'percent' };
  },
});
