import { ASSESSMENT_FACTORS } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import { ASSESSMENT_OUTCOME } from '../../domain/local-codes.ts';
import { stopClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { assessmentInProgress } from './assessment-start.ts';
import { closeEpisode, closureProblems } from './close-referral.ts';

/** Outcomes that close the episode the day the assessment is authorised, with their reason for closure. */
const CLOSES_WITH: Partial<Record<string, string>> = { nfa: 'RC8', early_help: 'RC9' };

/** "No factors identified" (CIN census 8869: never with another factor). */
const NO_FACTORS = '21';

/**
 * Authorises the assessment in progress with its factors and outcome, and stops its 45-working-day clock.
 * No further action or early help closes the referral the same day (RC8, RC9) unless the child has an open
 * plan, period of care or other work that keeps the episode open.
 */
export const assessmentComplete: Step = {
  id: 'assessment-complete',
  title: 'Complete the assessment',
  group: 'assessment',
  table: 'assessment',
  fields: [
    { id: 'authorised_date', label: 'Date the assessment was authorised', kind: 'date' },
    {
      id: 'child_seen_date',
      label: 'Date the child was seen',
      hint: 'Leave blank if the child was not seen',
      kind: 'date',
      optional: true,
    },
    {
      id: 'factors',
      label: 'Factors identified at the end of the assessment',
      name: 'the factors',
      kind: 'checkboxes',
      options: optionsOf(ASSESSMENT_FACTORS, true),
    },
    {
      id: 'outcome',
      label: 'Outcome of the assessment',
      kind: 'radios',
      options: optionsOf(ASSESSMENT_OUTCOME),
    },
  ],
  offered: (child, status) => assessmentInProgress(child, status) !== undefined,
  prefill(ctx) {
    const assessment = assessmentInProgress(ctx.child, ctx.status);
    return assessment?.child_seen_date ? { child_seen_date: assessment.child_seen_date } : {};
  },
  check(ctx, v) {
    const errors: FieldErrors = {};
    const authorised = String(v.authorised_date);
    const factors = (v.factors ?? []) as string[];
    if (factors.includes(NO_FACTORS) && factors.length > 1)
      errors.factors = 'Select either "No factors identified" or the factors that were identified, not both';
    if (v.child_seen_date && String(v.child_seen_date) > authorised)
      errors.child_seen_date =
        'The date the child was seen must be the same as or before the date the assessment was authorised';
    // For a correction the assessment itself is not in ctx.child: the database's own check then applies.
    const assessment = assessmentInProgress(ctx.child, ctx.status);
    if (assessment && authorised < assessment.start_date)
      errors.authorised_date = `The date the assessment was authorised must be the same as or after the date it started, ${formatLongDate(assessment.start_date)}`;
    const referral = ctx.status.referral;
    if (referral && v.child_seen_date && String(v.child_seen_date) < referral.referral_date)
      errors.child_seen_date = `The date the child was seen must be the same as or after the referral date, ${formatLongDate(referral.referral_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const assessment = assessmentInProgress(ctx.child, ctx.status)!;
    const referral = ctx.status.referral!;
    const personId = ctx.child.person.id;
    const authorised = String(v.authorised_date);
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'assessment',
      assessment.id,
      {
        authorised_date: authorised,
        factors: v.factors,
        outcome: v.outcome,
        // A blank answer keeps the date recorded when the assessment started.
        ...(v.child_seen_date ? { child_seen_date: v.child_seen_date } : {}),
      },
      'Assessment authorised',
    );
    await stopClocks(ctx.trx, personId, ['assessment_45wd'], {
      date: authorised,
      byType: 'assessment',
      byId: assessment.id,
      sourceId: assessment.id,
    });
    const reason = CLOSES_WITH[String(v.outcome)];
    if (reason && Object.keys(closureProblems(ctx.child, referral, authorised, assessment.id)).length === 0) {
      const why = `Referral closed after assessment (${reason})`;
      await closeEpisode(ctx, referral.id, authorised, reason, why);
    }
    return assessment.id;
  },
};
