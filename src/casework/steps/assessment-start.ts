import { formatLongDate } from '../../domain/dates.ts';
import type { ChildRecord, ChildStatus, Row } from '../child.ts';
import { startClock } from '../clocks.ts';
import type { FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The assessment of the open referral that has not been authorised yet (CIN census 8863Q: one at a time). */
export function assessmentInProgress(child: ChildRecord, status: ChildStatus): Row<'assessment'> | undefined {
  const referral = status.referral;
  if (!referral) return undefined;
  return child.assessments.find((a) => a.referral_id === referral.id && a.authorised_date === null);
}

/** Starts a child and family (single) assessment of the open referral: due within 45 working days. */
export const assessmentStart: Step = {
  id: 'assessment-start',
  title: 'Start a child and family assessment',
  group: 'assessment',
  table: 'assessment',
  fields: [
    { id: 'start_date', label: 'Start date', kind: 'date' },
    {
      id: 'child_seen_date',
      label: 'Date the child was seen',
      hint: 'Leave blank if the child has not been seen yet',
      kind: 'date',
      optional: true,
    },
  ],
  offered: (child, status) =>
    status.referral !== undefined && assessmentInProgress(child, status) === undefined,
  prefill: (ctx) => (ctx.status.referral ? { start_date: ctx.status.referral.referral_date } : {}),
  check(ctx, v) {
    const errors: FieldErrors = {};
    const referral = ctx.status.referral;
    if (!referral) return errors;
    const referred = formatLongDate(referral.referral_date);
    // CIN census 1103: the assessment cannot start before the referral.
    if (String(v.start_date) < referral.referral_date)
      errors.start_date = `The start date must be the same as or after the referral date, ${referred}`;
    if (v.child_seen_date && String(v.child_seen_date) < referral.referral_date)
      errors.child_seen_date = `The date the child was seen must be the same as or after the referral date, ${referred}`;
    return errors;
  },
  async save(ctx, v) {
    const referral = ctx.status.referral!;
    const personId = ctx.child.person.id;
    const id = await insertRecord(ctx.trx, ctx.actor, 'assessment', {
      person_id: personId,
      referral_id: referral.id,
      start_date: v.start_date,
      child_seen_date: v.child_seen_date ?? null,
    });
    await startClock(ctx.trx, ctx.actor, ctx.policy, {
      personId,
      ruleId: 'assessment_45wd',
      fromDate: String(v.start_date),
      sourceType: 'assessment',
      sourceId: id,
    });
    return id;
  },
};
