import { CATEGORY_OF_ABUSE } from '../../domain/codes.ts';
import { formatLongDate, isWeekend } from '../../domain/dates.ts';
import { CONFERENCE_OUTCOME } from '../../domain/local-codes.ts';
import type { TimescaleRuleId } from '../../domain/timescales.ts';
import type { ChildRecord, ChildStatus, Row } from '../child.ts';
import { cancelClocks, startClock, stopClocks } from '../clocks.ts';
import { optionsOf, type Field, type FieldErrors, type Options } from '../fields.ts';
import { insertRecord, updateRecord } from '../record.ts';
import { CHAIR_FIELD, chairOptions } from './chair.ts';
import type { Step } from '../step.ts';

/** The clocks a child protection plan runs while it is open; they start with the plan and end with it. */
export const CP_PLAN_CLOCKS: readonly TimescaleRuleId[] = [
  'core_group_10wd',
  'cp_review_first_3m',
  'cp_review_6m',
  'cp_visit',
  'supervision_cp',
];

/** The clocks of a child in need plan, ended with the plan. */
export const CIN_PLAN_CLOCKS: readonly TimescaleRuleId[] = ['cin_visit', 'supervision_cin'];

/** The conference date: the one answer a correction may change (see `correctionFields`). */
const CONFERENCE_DATE: Field = { id: 'conference_date', label: 'Date of the conference', kind: 'date' };

/** The section 47 enquiry of the open referral that needs an initial conference and has not had one. */
export function s47AwaitingConference(
  child: ChildRecord,
  status: ChildStatus,
): Row<'s47_enquiry'> | undefined {
  const referral = status.referral;
  if (!referral) return undefined;
  return child.s47Enquiries
    .filter(
      (s) =>
        s.referral_id === referral.id &&
        (s.icpc_required === true || s.outcome === 'icpc') &&
        !child.cpConferences.some((c) => c.kind === 'initial' && c.s47_id === s.id),
    )
    .at(-1);
}

const INITIAL_OUTCOMES: Options = optionsOf(CONFERENCE_OUTCOME).filter(
  ([code]) => code === 'plan' || code === 'no_plan',
);

/**
 * The initial child protection conference after a section 47 enquiry; it stops the conference clock. A
 * plan starts the day of the conference (CIN census 2885) with its category of abuse and the number of
 * earlier plans, and starts the plan's clocks: first core group (10 working days), first review (3
 * months), visits and case supervision (local policy). A child in need plan ends that day, as the two
 * cannot run together (CIN census 4001).
 *
 * `initial_category` is saved to the new cp_plan, not to the cp_conference this step's table names, so a
 * correction changes only the conference date (`correctionFields`). Changing the outcome would leave the
 * plan behind; a corrected date does not move the plan's start or its clocks, as a correction writes only
 * this record.
 */
export const initialConference: Step = {
  id: 'initial-conference',
  title: 'Record the initial child protection conference',
  group: 'protection',
  table: 'cp_conference',
  fields: [
    CONFERENCE_DATE,
    { id: 'outcome', label: 'Outcome of the conference', kind: 'radios', options: INITIAL_OUTCOMES },
    {
      id: 'initial_category',
      label: 'Category of abuse',
      hint: 'If the child is to have a child protection plan',
      kind: 'radios',
      options: optionsOf(CATEGORY_OF_ABUSE),
      optional: true,
    },
    CHAIR_FIELD,
  ],
  loadOptions: chairOptions,
  correctionFields: [CONFERENCE_DATE],
  offered: (child, status) => s47AwaitingConference(child, status) !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const date = String(v.conference_date);
    // CIN census 8875: an initial conference is never on a weekend.
    if (isWeekend(date)) errors.conference_date = 'The date of the conference must be a weekday';
    // CIN census 8615: not before the enquiry started.
    const enquiry = s47AwaitingConference(ctx.child, ctx.status);
    if (enquiry && date < enquiry.start_date)
      errors.conference_date = `The date of the conference must be the same as or after the date of the strategy discussion, ${formatLongDate(enquiry.start_date)}`;
    if (v.outcome === 'plan') {
      if (!v.initial_category) errors.initial_category = 'Select the category of abuse';
      // CIN census 8940: plans cannot overlap.
      const overlapping = ctx.child.cpPlans.find((p) => p.end_date === null || p.end_date > date);
      if (overlapping && !errors.conference_date)
        errors.conference_date =
          overlapping.end_date === null
            ? 'The child already has a child protection plan'
            : `The date of the conference must be the same as or after the end of the last child protection plan, ${formatLongDate(overlapping.end_date)}`;
      const cinPlan = ctx.child.cinPlans.find((p) => p.end_date === null);
      if (cinPlan && date < cinPlan.start_date && !errors.conference_date)
        errors.conference_date = `The date of the conference must be the same as or after the start of the child in need plan, ${formatLongDate(cinPlan.start_date)}`;
    }
    return errors;
  },
  async save(ctx, v) {
    const enquiry = s47AwaitingConference(ctx.child, ctx.status)!;
    const { trx, actor, policy } = ctx;
    const personId = ctx.child.person.id;
    const date = String(v.conference_date);
    let planId: string | null = null;
    if (v.outcome === 'plan') {
      planId = await insertRecord(trx, actor, 'cp_plan', {
        person_id: personId,
        referral_id: enquiry.referral_id,
        start_date: date,
        initial_category: v.initial_category,
        latest_category: v.initial_category,
        previous_plans: ctx.child.cpPlans.filter((p) => p.start_date < date).length,
      });
    }
    const id = await insertRecord(trx, actor, 'cp_conference', {
      person_id: personId,
      referral_id: enquiry.referral_id,
      kind: 'initial',
      conference_date: date,
      s47_id: enquiry.id,
      cp_plan_id: planId,
      outcome: v.outcome,
      chair_user_id: v.chair_user_id ?? null,
    });
    await stopClocks(trx, personId, ['icpc_15wd_from_strategy'], {
      date,
      byType: 'cp_conference',
      byId: id,
      sourceId: enquiry.id,
    });
    if (planId) {
      const cinPlan = ctx.child.cinPlans.find((p) => p.end_date === null);
      if (cinPlan) {
        const why = 'Child in need plan ended: child protection plan started';
        await updateRecord(trx, actor, 'cin_plan', cinPlan.id, { end_date: date }, why);
        await cancelClocks(trx, personId, CIN_PLAN_CLOCKS, date);
      }
      for (const ruleId of ['core_group_10wd', 'cp_review_first_3m', 'cp_visit', 'supervision_cp'] as const) {
        await startClock(trx, actor, policy, {
          personId,
          ruleId,
          fromDate: date,
          sourceType: 'cp_plan',
          sourceId: planId,
        });
      }
    }
    return id;
  },
};
