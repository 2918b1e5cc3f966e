import { formatLongDate } from '../../domain/dates.ts';
import { cancelClocks } from '../clocks.ts';
import type { FieldErrors } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { CIN_PLAN_CLOCKS } from './initial-conference.ts';

/** Ends the open child in need plan and cancels its visit and supervision clocks. */
export const cinPlanEnd: Step = {
  id: 'cin-plan-end',
  title: 'End the child in need plan',
  group: 'in_need',
  table: 'cin_plan',
  fields: [{ id: 'end_date', label: 'End date', kind: 'date' }],
  offered: (_child, status) => status.cinPlan !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    // For a correction the plan itself is not in ctx.status: the database's own check then applies.
    const plan = ctx.status.cinPlan;
    if (!plan) return errors;
    const end = String(v.end_date);
    const lastReview = ctx.child.cinPlanReviews.filter((r) => r.cin_plan_id === plan.id).at(-1);
    // CIN census 4011.
    if (end < plan.start_date)
      errors.end_date = `The end date must be the same as or after the date the plan started, ${formatLongDate(plan.start_date)}`;
    else if (lastReview && end < lastReview.review_date)
      errors.end_date = `The end date must be the same as or after the last review of the plan, ${formatLongDate(lastReview.review_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const plan = ctx.status.cinPlan!;
    const end = String(v.end_date);
    await updateRecord(
      ctx.trx,
      ctx.actor,
      'cin_plan',
      plan.id,
      { end_date: end },
      'Child in need plan ended',
    );
    await cancelClocks(ctx.trx, ctx.child.person.id, CIN_PLAN_CLOCKS, end);
    return plan.id;
  },
};
