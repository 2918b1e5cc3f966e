import { ageOn, formatLongDate, maxDate } from '../../domain/dates.ts';
import { CARE_LEAVER_ELIGIBILITY } from '../../domain/local-codes.ts';
import { isOpenAt, type ChildRecord } from '../child.ts';
import { startClock } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { daysLookedAfterSince14 } from './care-end.ts';
import { birthday, textOf } from './care-start.ts';

/** The end of the child's last period of care. */
function lastCareEnd(child: ChildRecord): string | null {
  return child.claEpisodes.reduce<string | null>(
    (last, e) => (last && last > e.end_date! ? last : e.end_date),
    null,
  );
}

/** The status the young person would have on `date`, from their age and whether they are looked after. */
function likelyEligibility(child: ChildRecord, date: string): string | null {
  const dob = child.person.date_of_birth;
  if (!dob || date < dob || ageOn(dob, date) < 16) return null;
  if (daysLookedAfterSince14(child, date) < 91) return 'qualifying';
  const lookedAfter = child.claEpisodes.some((e) => isOpenAt(e.start_date, e.end_date, date));
  if (lookedAfter) return 'eligible';
  return ageOn(dob, date) >= 18 ? 'former_relevant' : 'relevant';
}

/**
 * A young person's status as a care leaver (Children Act 1989; Children (Leaving Care) Act 2000): eligible
 * (16-17 and still looked after), relevant (16-17 and left care), former relevant (18-25), or qualifying.
 * Each needs 13 weeks looked after since 14 ending after 16, except qualifying.
 */
export const leavingCareStart: Step = {
  id: 'leaving-care-start',
  title: 'Record a care leaver status',
  group: 'leaving_care',
  table: 'care_leaver',
  fields: [
    {
      id: 'eligibility',
      label: 'Care leaver status',
      kind: 'radios',
      options: optionsOf(CARE_LEAVER_ELIGIBILITY),
    },
    { id: 'start_date', label: 'Date the status started', kind: 'date' },
    { id: 'personal_adviser', label: 'Personal adviser', hint: 'Their name', kind: 'text', optional: true },
    { id: 'pathway_plan_date', label: 'Date of the pathway plan', kind: 'date', optional: true },
    {
      id: 'staying_put',
      label: 'Is the young person staying put with their former foster carers?',
      kind: 'yes_no',
    },
  ],
  offered: (child, status) =>
    status.careLeaver === undefined &&
    !child.careLeaver.some((c) => c.end_date === null) &&
    child.claEpisodes.length > 0,
  prefill(ctx) {
    const dob = ctx.child.person.date_of_birth;
    const from = ctx.status.periodOfCareStart;
    // Still looked after: eligible from 16; otherwise from the day they left care.
    let start = from ? (dob ? maxDate(from, birthday(dob, 16)) : null) : lastCareEnd(ctx.child);
    if (start && start > ctx.today) start = null;
    const eligibility = start ? likelyEligibility(ctx.child, start) : null;
    return {
      staying_put: false,
      ...(start ? { start_date: start } : {}),
      ...(eligibility ? { eligibility } : {}),
    };
  },
  check(ctx, v) {
    const errors: FieldErrors = {};
    const start = String(v.start_date);
    const eligibility = String(v.eligibility);
    const dob = ctx.child.person.date_of_birth;
    if (!dob) return { form: 'Record the young person’s date of birth first' };
    if (start < birthday(dob, 16)) {
      errors.start_date = `The young person turns 16 on ${formatLongDate(birthday(dob, 16))}: they cannot be a care leaver before then`;
      return errors;
    }
    const age = ageOn(dob, start);
    const lookedAfter = ctx.child.claEpisodes.some((e) => isOpenAt(e.start_date, e.end_date, start));
    const lastEnd = ctx.child.claEpisodes.reduce<string | null>(
      (last, e) => (e.end_date && e.end_date <= start && (!last || e.end_date > last) ? e.end_date : last),
      null,
    );
    if (eligibility === 'eligible') {
      if (!lookedAfter) {
        errors.eligibility =
          'The young person was not looked after on that date: an eligible child is still looked after';
      } else if (age >= 18) {
        errors.eligibility = 'An eligible child is 16 or 17: from 18 the young person is former relevant';
      }
    } else {
      if (lookedAfter) {
        errors.start_date =
          'The young person was still looked after on that date: record them as eligible, or start the status when they left care';
      } else if (!lastEnd) {
        errors.start_date = 'The young person had not been looked after before that date';
      } else if (start < lastEnd) {
        errors.start_date = `The status must start on or after the young person left care on ${formatLongDate(lastEnd)}`;
      }
      if (eligibility === 'relevant' && age >= 18) {
        errors.eligibility = 'A relevant child is 16 or 17: from 18 the young person is former relevant';
      } else if (eligibility === 'former_relevant' && age < 18) {
        errors.eligibility = 'A former relevant young person is 18 or over: at 16 or 17 they are relevant';
      }
    }
    if (age >= 25) errors.start_date = 'Care leavers are supported up to the age of 25';
    if (eligibility !== 'qualifying' && !errors.eligibility && !errors.start_date) {
      const days = daysLookedAfterSince14(ctx.child, start);
      if (days < 91) {
        errors.eligibility = `The young person was looked after for ${days} days since turning 14, less than 13 weeks: they may be qualifying (SSDA903 rule 1001)`;
      }
    }
    const pathwayPlan = textOf(v.pathway_plan_date);
    if (pathwayPlan && pathwayPlan < birthday(dob, 16)) {
      errors.pathway_plan_date = 'The pathway plan must be on or after the young person’s 16th birthday';
    }
    const overlapping = ctx.child.careLeaver.find(
      (c) => c.start_date <= start && (c.end_date === null || c.end_date > start),
    );
    if (overlapping) {
      errors.start_date = `The young person already has a care leaver status from ${formatLongDate(overlapping.start_date)}${overlapping.end_date ? ` to ${formatLongDate(overlapping.end_date)}` : ''}`;
    }
    return errors;
  },
  async save(ctx, v) {
    const personId = ctx.child.person.id;
    const id = await insertRecord(ctx.trx, ctx.actor, 'care_leaver', { person_id: personId, ...v });
    await startClock(ctx.trx, ctx.actor, ctx.policy, {
      personId,
      ruleId: 'supervision_care_leaver',
      fromDate: String(v.start_date),
      sourceType: 'care_leaver',
      sourceId: id,
    });
    return id;
  },
};
