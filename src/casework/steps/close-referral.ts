import { REASON_FOR_CLOSURE } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import { TIMESCALE_RULE_IDS } from '../../domain/timescales.ts';
import type { ChildRecord, Row } from '../child.ts';
import { cancelClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step, StepContext } from '../step.ts';

/**
 * Why a social care episode cannot close on a date, by field id ('form' for what is not about the answers);
 * empty when it can. `completing` is an assessment being authorised in the same step, which no longer
 * counts as in progress. CIN census rules: 8630 (closure before referral), 8867 (assessment not completed),
 * 8868 (section 47 without conference or "not required"), 8565 (activity after closure).
 */
export function closureProblems(
  child: ChildRecord,
  referral: Row<'referral'>,
  date: string,
  completing?: string,
): FieldErrors {
  const ofReferral = <T extends { referral_id: string }>(rows: T[]) =>
    rows.filter((r) => r.referral_id === referral.id);
  const assessments = ofReferral(child.assessments);
  const s47s = ofReferral(child.s47Enquiries);
  const cinPlans = ofReferral(child.cinPlans);
  const cpPlans = ofReferral(child.cpPlans);

  if (assessments.some((a) => a.authorised_date === null && a.id !== completing))
    return { form: 'Complete the assessment before closing the referral' };
  if (s47s.some((s) => s.outcome === null))
    return { form: 'Record the outcome of the section 47 enquiry before closing the referral' };
  const awaitingConference = s47s.some(
    (s) =>
      (s.icpc_required === true || s.outcome === 'icpc') &&
      !child.cpConferences.some((c) => c.kind === 'initial' && c.s47_id === s.id),
  );
  if (awaitingConference)
    return { form: 'Record the initial child protection conference before closing the referral' };
  if (cpPlans.some((p) => p.end_date === null))
    return { form: 'End the child protection plan before closing the referral' };
  if (cinPlans.some((p) => p.end_date === null))
    return { form: 'End the child in need plan before closing the referral' };
  if (child.claEpisodes.some((e) => e.end_date === null))
    return { form: 'The child is looked after: end the period of care before closing the referral' };

  // The closure must come on or after everything recorded in the episode; name the latest it is before.
  const after: [string, string][] = [
    [referral.referral_date, 'the referral date'],
    ...assessments.flatMap((a): [string, string][] =>
      a.authorised_date ? [[a.authorised_date, 'the date the assessment was authorised']] : [],
    ),
    ...s47s.flatMap((s): [string, string][] =>
      s.end_date ? [[s.end_date, 'the end of the section 47 enquiry']] : [],
    ),
    ...ofReferral(child.cpConferences).map((c): [string, string] => [
      c.conference_date,
      'the date of the child protection conference',
    ]),
    ...cpPlans.map((p): [string, string] => [p.end_date!, 'the end of the child protection plan']),
    ...cinPlans.map((p): [string, string] => [p.end_date!, 'the end of the child in need plan']),
    ...child.claEpisodes.map((e): [string, string] => [e.end_date!, 'the end of the period of care']),
  ];
  const latest = after.filter(([d]) => d > date).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const [limit, what] = latest.at(-1) ?? [];
  if (limit)
    return {
      closure_date: `The closure date must be the same as or after ${what}, ${formatLongDate(limit)}`,
    };
  return {};
}

/**
 * Closes the social care episode, cancels every clock the child still has open, and ends the child's
 * allocation on the closure date so a closed case no longer counts in anyone's caseload.
 */
export async function closeEpisode(
  ctx: StepContext,
  referralId: string,
  date: string,
  reason: string,
  why: string,
): Promise<void> {
  await updateRecord(
    ctx.trx,
    ctx.actor,
    'referral',
    referralId,
    { closure_date: date, closure_reason: reason },
    why,
  );
  await cancelClocks(ctx.trx, ctx.child.person.id, TIMESCALE_RULE_IDS, date);
  for (const allocation of ctx.child.allocations) {
    if (allocation.end_date === null && allocation.start_date <= date) {
      await updateRecord(ctx.trx, ctx.actor, 'allocation', allocation.id, { end_date: date }, 'Case closed');
    }
  }
}

/** Closes the social care episode (CIN census CIN closure date and reason for closure). */
export const closeReferral: Step = {
  id: 'close-referral',
  title: 'Close the referral',
  group: 'front_door',
  table: 'referral',
  fields: [
    { id: 'closure_date', label: 'Closure date', kind: 'date' },
    {
      id: 'closure_reason',
      label: 'Reason for closure',
      kind: 'radios',
      options: optionsOf(REASON_FOR_CLOSURE, true),
    },
  ],
  offered: (_child, status) =>
    status.referral !== undefined &&
    status.cinPlan === undefined &&
    status.cpPlan === undefined &&
    status.episode === undefined,
  check(ctx, v) {
    const referral = ctx.status.referral;
    if (!referral) return {};
    const problems = closureProblems(ctx.child, referral, String(v.closure_date));
    if (Object.keys(problems).length > 0) return problems;
    const assessed = ctx.child.assessments.some(
      (a) => a.referral_id === referral.id && a.authorised_date !== null,
    );
    if ((v.closure_reason === 'RC8' || v.closure_reason === 'RC9') && !assessed) {
      return {
        closure_reason:
          'Select another reason for closure: RC8 and RC9 are for a case closed after an assessment',
      };
    }
    return {};
  },
  async save(ctx, v) {
    const referral = ctx.status.referral!;
    await closeEpisode(ctx, referral.id, String(v.closure_date), String(v.closure_reason), 'Referral closed');
    return referral.id;
  },
};
