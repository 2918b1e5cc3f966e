import { CATEGORY_OF_ABUSE } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import { CONFERENCE_OUTCOME } from '../../domain/local-codes.ts';
import { cancelClocks, startClock, stopClocks } from '../clocks.ts';
import { optionsOf, type Field, type FieldErrors, type Options } from '../fields.ts';
import { insertRecord, updateRecord, type RecordValues } from '../record.ts';
import { CHAIR_FIELD, chairOptions } from './chair.ts';
import type { Step } from '../step.ts';
import { CP_PLAN_CLOCKS } from './initial-conference.ts';

const REVIEW_DATE: Field = { id: 'conference_date', label: 'Date of the review conference', kind: 'date' };

const REVIEW_OUTCOMES: Options = optionsOf(CONFERENCE_OUTCOME).filter(
  ([code]) => code === 'continue' || code === 'end_plan',
);

/**
 * A child protection review conference on the open plan. It completes the review that was due; a plan
 * that continues is next reviewed within 6 months of this conference. A plan that ends, ends the day of the
 * conference, and its clocks are cancelled; the worker may then start a child in need plan the same day
 * (step down, see cin-plan-start). A changed category of abuse is saved to the plan as its latest category.
 *
 * `latest_category` is saved to the cp_plan, not to the cp_conference, so a correction changes only the
 * conference date (`correctionFields`).
 */
export const reviewConference: Step = {
  id: 'review-conference',
  title: 'Record a child protection review conference',
  group: 'protection',
  table: 'cp_conference',
  fields: [
    REVIEW_DATE,
    { id: 'outcome', label: 'Outcome of the review', kind: 'radios', options: REVIEW_OUTCOMES },
    {
      id: 'latest_category',
      label: 'New category of abuse',
      hint: 'Only if the conference changed the category',
      kind: 'radios',
      options: optionsOf(CATEGORY_OF_ABUSE),
      optional: true,
    },
    CHAIR_FIELD,
  ],
  loadOptions: chairOptions,
  correctionFields: [REVIEW_DATE],
  offered: (_child, status) => status.cpPlan !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const plan = ctx.status.cpPlan;
    if (!plan) return errors;
    const date = String(v.conference_date);
    const lastReview = ctx.child.cpConferences
      .filter((c) => c.kind === 'review' && c.cp_plan_id === plan.id)
      .at(-1);
    // CIN census 8841: a review is after the day the plan started (and so a plan never ends the day it starts).
    if (date <= plan.start_date)
      errors.conference_date = `The date of the review conference must be after the date the plan started, ${formatLongDate(plan.start_date)}`;
    else if (lastReview && date <= lastReview.conference_date)
      errors.conference_date = `The date of the review conference must be after the last review conference, ${formatLongDate(lastReview.conference_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const plan = ctx.status.cpPlan!;
    const { trx, actor } = ctx;
    const personId = ctx.child.person.id;
    const date = String(v.conference_date);
    const ends = v.outcome === 'end_plan';
    const id = await insertRecord(trx, actor, 'cp_conference', {
      person_id: personId,
      referral_id: plan.referral_id,
      kind: 'review',
      conference_date: date,
      cp_plan_id: plan.id,
      outcome: v.outcome,
      chair_user_id: v.chair_user_id ?? null,
    });
    const changes: RecordValues = {};
    if (v.latest_category && v.latest_category !== plan.latest_category)
      changes.latest_category = v.latest_category;
    if (ends) changes.end_date = date;
    if (Object.keys(changes).length > 0) {
      const why = ends ? 'Plan ended at review conference' : 'Category of abuse changed at review conference';
      await updateRecord(trx, actor, 'cp_plan', plan.id, changes, why);
    }
    await stopClocks(trx, personId, ['cp_review_first_3m', 'cp_review_6m'], {
      date,
      byType: 'cp_conference',
      byId: id,
    });
    if (ends) {
      await cancelClocks(trx, personId, CP_PLAN_CLOCKS, date);
    } else {
      await startClock(trx, actor, ctx.policy, {
        personId,
        ruleId: 'cp_review_6m',
        fromDate: date,
        sourceType: 'cp_conference',
        sourceId: id,
      });
    }
    return id;
  },
};
