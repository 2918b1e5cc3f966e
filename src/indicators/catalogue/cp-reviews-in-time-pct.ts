import { member, monthsAfter } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenOnCpPlanAt } from './cp-plans.ts';

/**
 * One member per child on a CP plan at `end`. The review conferences of the plan are those linked to it
 * (cp_conference.cp_plan_id), or, when a review has no link, dated from the plan's start; reviews after `end`
 * are ignored. The next review is due 3 months after the plan's start when none has been held, otherwise
 * 6 months after the latest one (chained from its actual date). In time when that due date is not before `end`.
 *
 * Reading chosen: as the definition says, only the review outstanding at `end` is judged. A review that was
 * held late, but has been held, is no longer overdue; the plan counts as in time until the next one is late.
 */
export const cpReviewsInTimePct = defineIndicator({
  id: 'cp_reviews_in_time_pct',
  title: 'Children on a child protection plan with reviews in time',
  unit: 'percent',
  polarity: 'up',
  section: 'Child protection',
  definition:
    "Of children on a CP plan at `end`, those with no review conference overdue at `end`: the first review is due 3 months after the plan's start (the initial conference), each later one 6 months after the previous; overdue means the due date is before `end`.",
  facts: [
    ['plan_start', 'Plan start'],
    ['reviews', 'Reviews held'],
    ['last_review', 'Latest review'],
    ['next_review_due', 'Next review due'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: plan } of childrenOnCpPlanAt(model, period.end)) {
      let reviews = 0;
      let last: string | null = null;
      for (const k of c.conferences) {
        if (
          k.kind === 'review' &&
          k.date <= period.end &&
          (k.planId === plan.id || (k.planId === null && k.date >= plan.start))
        ) {
          reviews++;
          if (last === null || k.date > last) last = k.date;
        }
      }
      const due = last === null ? monthsAfter(plan.start, 3) : monthsAfter(last, 6);
      out.add(
        out.listing &&
          member(c, { plan_start: plan.start, reviews, last_review: last, next_review_due: due }, plan.id),
        due >= period.end,
      );
    }
    return { kind: 'percent' };
  },
});
