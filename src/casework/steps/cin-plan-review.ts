import { formatLongDate } from '../../domain/dates.ts';
import type { FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** A review of the open child in need plan. */
export const cinPlanReview: Step = {
  id: 'cin-plan-review',
  title: 'Record a child in need plan review',
  group: 'in_need',
  table: 'cin_plan_review',
  fields: [{ id: 'review_date', label: 'Date of the review', kind: 'date' }],
  offered: (_child, status) => status.cinPlan !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const plan = ctx.status.cinPlan;
    if (plan && String(v.review_date) < plan.start_date)
      errors.review_date = `The date of the review must be the same as or after the date the plan started, ${formatLongDate(plan.start_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const plan = ctx.status.cinPlan!;
    return insertRecord(ctx.trx, ctx.actor, 'cin_plan_review', {
      person_id: ctx.child.person.id,
      cin_plan_id: plan.id,
      review_date: v.review_date,
    });
  },
};
