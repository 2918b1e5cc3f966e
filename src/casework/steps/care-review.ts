import { REVIEW_CODE } from '../../domain/codes.ts';
import { ageOn, formatLongDate } from '../../domain/dates.ts';
import { startClock, stopClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import { CHAIR_FIELD, chairOptions } from './chair.ts';
import type { Step, StepContext } from '../step.ts';

/** Reviews held in the current period of care, oldest first. */
function reviewsThisPeriod(ctx: StepContext) {
  const from = ctx.status.periodOfCareStart;
  return from ? ctx.child.claReviews.filter((r) => r.review_date >= from) : [];
}

/**
 * A looked-after review (SSDA903 Reviews; Care Planning, Placement and Case Review (England) Regulations
 * 2010, regulation 33): the first within 20 working days of becoming looked after, the second within 3
 * months of the first, then at most every 6 months.
 */
export const careReview: Step = {
  id: 'care-review',
  title: 'Record a looked-after review',
  group: 'care',
  table: 'cla_review',
  fields: [
    { id: 'review_date', label: 'Date of the review', kind: 'date' },
    {
      id: 'participation',
      label: 'How the child took part',
      name: 'how the child took part',
      kind: 'select',
      options: optionsOf(REVIEW_CODE, true),
    },
    CHAIR_FIELD,
  ],
  loadOptions: chairOptions,
  offered: (_child, status) => status.episode !== undefined,
  check(ctx, v) {
    const from = ctx.status.periodOfCareStart;
    if (!from) return ctx.recordId ? {} : { form: 'The child is not looked after' };
    const errors: FieldErrors = {};
    const date = String(v.review_date);
    const last = reviewsThisPeriod(ctx).at(-1);
    if (date < from) {
      errors.review_date = `The review must be on or after the child started to be looked after on ${formatLongDate(from)}`;
    } else if (last && date <= last.review_date && !ctx.recordId) {
      errors.review_date = `The last review was on ${formatLongDate(last.review_date)}: this review must be after it`;
    }
    const dob = ctx.child.person.date_of_birth;
    if (dob && date >= dob) {
      const under4 = ageOn(dob, date) < 4;
      if (under4 && v.participation !== 'PN0') {
        errors.participation = 'The child was under 4 at the review: select PN0 (SSDA903 rule 441)';
      } else if (!under4 && v.participation === 'PN0') {
        errors.participation =
          'PN0 is only for a child under 4 at the review: select how the child took part (SSDA903 rule 440)';
      }
    }
    return errors;
  },
  async save(ctx, v) {
    const personId = ctx.child.person.id;
    const date = String(v.review_date);
    const first = reviewsThisPeriod(ctx).length === 0;
    const id = await insertRecord(ctx.trx, ctx.actor, 'cla_review', { person_id: personId, ...v });
    await stopClocks(ctx.trx, personId, ['cla_review_first_20wd', 'cla_review_second_3m', 'cla_review_6m'], {
      date,
      byType: 'cla_review',
      byId: id,
    });
    await startClock(ctx.trx, ctx.actor, ctx.policy, {
      personId,
      ruleId: first ? 'cla_review_second_3m' : 'cla_review_6m',
      fromDate: date,
      sourceType: 'cla_review',
      sourceId: id,
    });
    return id;
  },
};
