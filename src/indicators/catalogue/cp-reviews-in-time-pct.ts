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
  compute(model, period) {
    return {
      kind: 'percent',
      members: childrenOnCpPlanAt(model, period.end).flatMap(({ child: c, value: plan }) => {
        const reviews = c.conferences.filter(
          (k) =>
            k.kind === 'review' &&
            k.date <= period.end &&
            (k.planId === plan.id || (k.planId === null && k.date >= plan.start)),
        );
        const last = reviews.reduce<string | null>((m, k) => (m === null || k.date > m ? k.date : m), null);
        const due = last === null ? monthsAfter(plan.start, 3) : monthsAfter(last, 6);
        return [
          {
            ...member(
              c,
              { plan_start: plan.start, reviews: reviews.length, last_review: last, next_review_due: due },
              plan.id,
            ),
            inNumerator: due >= period.end,
          },
        ];
      }),
    };
  },
});
