import { formatLongDate } from '../../domain/dates.ts';
import type { ChildRecord, Row } from '../child.ts';
import { startClock } from '../clocks.ts';
import type { FieldErrors, Values } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The latest assessment of the referral authorised on or before a date (what the plan starts from). */
function latestAssessment(
  child: ChildRecord,
  referralId: string,
  onOrBefore: string,
): Row<'assessment'> | undefined {
  return child.assessments
    .filter(
      (a) => a.referral_id === referralId && a.authorised_date !== null && a.authorised_date <= onOrBefore,
    )
    .sort((a, b) =>
      a.authorised_date! < b.authorised_date! ? -1 : a.authorised_date! > b.authorised_date! ? 1 : 0,
    )
    .at(-1);
}

/**
 * Starts a child in need plan on the open referral, from the assessment that recommended it or, stepping
 * down, the day a child protection plan ended. One plan at a time, never alongside a child protection plan
 * (CIN census 4001, 4014, 4015). Starts the visit and case supervision clocks (local policy).
 */
export const cinPlanStart: Step = {
  id: 'cin-plan-start',
  title: 'Start a child in need plan',
  group: 'in_need',
  table: 'cin_plan',
  fields: [{ id: 'start_date', label: 'Start date', kind: 'date' }],
  offered: (_child, status) =>
    status.referral !== undefined && status.cinPlan === undefined && status.cpPlan === undefined,
  prefill(ctx): Values {
    const referral = ctx.status.referral;
    if (!referral) return {};
    const assessed = latestAssessment(ctx.child, referral.id, ctx.today)?.authorised_date;
    const steppedDown = ctx.child.cpPlans
      .filter((p) => p.referral_id === referral.id && p.end_date !== null)
      .map((p) => p.end_date!)
      .sort()
      .at(-1);
    const start = [assessed, steppedDown]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1);
    return start ? { start_date: start } : {};
  },
  check(ctx, v) {
    const errors: FieldErrors = {};
    const start = String(v.start_date);
    const referral = ctx.status.referral;
    const cin = ctx.child.cinPlans.find((p) => p.end_date === null || p.end_date > start);
    const cp = ctx.child.cpPlans.find((p) => p.end_date === null || p.end_date > start);
    if (referral && start < referral.referral_date)
      errors.start_date = `The start date must be the same as or after the referral date, ${formatLongDate(referral.referral_date)}`;
    else if (cin)
      errors.start_date =
        cin.end_date === null
          ? 'The child already has a child in need plan'
          : `The start date must be the same as or after the end of the last child in need plan, ${formatLongDate(cin.end_date)}`;
    else if (cp)
      errors.start_date =
        cp.end_date === null
          ? 'The child has a child protection plan: a child in need plan can start when it ends'
          : `The start date must be the same as or after the end of the child protection plan, ${formatLongDate(cp.end_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const referral = ctx.status.referral!;
    const personId = ctx.child.person.id;
    const start = String(v.start_date);
    const id = await insertRecord(ctx.trx, ctx.actor, 'cin_plan', {
      person_id: personId,
      referral_id: referral.id,
      assessment_id: latestAssessment(ctx.child, referral.id, start)?.id ?? null,
      start_date: start,
    });
    for (const ruleId of ['cin_visit', 'supervision_cin'] as const) {
      await startClock(ctx.trx, ctx.actor, ctx.policy, {
        personId,
        ruleId,
        fromDate: start,
        sourceType: 'cin_plan',
        sourceId: id,
      });
    }
    return id;
  },
};
