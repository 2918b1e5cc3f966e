import { member, monthsAfter } from '../conventions.ts';
import { addWorkingDays } from '../../domain/working-days.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

/**
 * Every child of `cla` is in the denominator. The reviews counted are those dated from the start of the
 * current care to `end` (one per date). With none, the next review is due on the 20th working day after the
 * start (`addWorkingDays(start, 20)`); after the first, 3 months after it; after each later one, 6 months
 * after it. Each due date runs from the actual date of the review before, so a late review is no longer
 * overdue once held. The child counts when the next due date is not before `end` (due on `end` is in time).
 */
export const claReviewsInTimePct = defineIndicator({
  id: 'cla_reviews_in_time_pct',
  title: 'Children looked after with reviews in time',
  unit: 'percent',
  polarity: 'up',
  section: 'Children looked after',
  definition:
    'Of children looked after at `end`, those with no review overdue at `end`: the first review of the current period of care is due on the 20th working day after its start, the second 3 months after the first, each later one 6 months after the previous; overdue means the due date is before `end`.',
  facts: [
    ['care_start', 'Care start'],
    ['reviews', 'Reviews held'],
    ['last_review', 'Last review'],
    ['next_due', 'Next review due'],
  ],
  measure(model, period, out) {
    const end = period.end;
    for (const { child: c, value: care } of childrenLookedAfterAt(model, end)) {
      const held = new Set<string>();
      let last: string | null = null;
      for (const { date } of c.claReviews) {
        if (date < care.start || date > end) continue;
        held.add(date);
        if (last === null || date > last) last = date;
      }
      // Each due date runs from the review before, so only the last review held decides the next.
      const due = last === null ? addWorkingDays(care.start, 20) : monthsAfter(last, held.size === 1 ? 3 : 6);
      out.add(
        out.listing &&
          member(
            c,
            {
              care_start: care.start,
              reviews: held.size,
              last_review: last,
              next_due: due,
            },
            care.episode.id,
          ),
        due >= end,
      );
    }
    return { kind: 'percent' };
  },
});
