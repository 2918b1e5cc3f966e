import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claReviewsInTimePct } from './cla-reviews-in-time-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
});
const reviews = (...dates: string[]) => dates.map((date, i) => ({ id: `r${i}`, date }));

describe('cla_reviews_in_time_pct', () => {
  it('follows 20 working days, then 3 months, then 6 months, from the actual reviews, at 31 March 2025', () => {
    const m = model([
      // From Monday 3 March the 20th working day is Monday 31 March, the end itself: not overdue.
      child('a', { episodes: [ep('a1', '2025-03-03', null)] }),
      // From Friday 28 February it is Friday 28 March: overdue with no review.
      child('b', { episodes: [ep('b1', '2025-02-28', null)] }),
      // Reviews on 25 June and 20 September 2024: the third was due on 20 March 2025.
      child('c', {
        episodes: [ep('c1', '2024-06-03', null)],
        claReviews: reviews('2024-06-25', '2024-09-20'),
      }),
      // The third held on 20 March 2025: the next is due on 20 September 2025.
      child('d', {
        episodes: [ep('d1', '2024-06-03', null)],
        claReviews: reviews('2024-06-25', '2024-09-20', '2025-03-20'),
      }),
      // Care from 2 December 2024: first due 2 January 2025 (25, 26 December and 1 January are holidays),
      // held late on 15 January; the second is due on 15 April: not overdue now.
      child('e', { episodes: [ep('e1', '2024-12-02', null)], claReviews: reviews('2025-01-15') }),
      // A review from the previous period of care does not count: due 3 February 2025 from 6 January.
      child('f', {
        episodes: [ep('f1', '2023-01-02', '2024-10-01'), ep('f2', '2025-01-06', null)],
        claReviews: reviews('2024-09-01'),
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claReviewsInTimePct.compute(m, period);
    expect(figureOf(claReviewsInTimePct, period, measure)).toMatchObject({
      value: 50,
      numerator: 3,
      denominator: 6,
    });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { care_start: '2025-03-03', reviews: 0, last_review: null, next_due: '2025-03-31' }],
      ['b', false, { care_start: '2025-02-28', reviews: 0, last_review: null, next_due: '2025-03-28' }],
      [
        'c',
        false,
        { care_start: '2024-06-03', reviews: 2, last_review: '2024-09-20', next_due: '2025-03-20' },
      ],
      [
        'd',
        true,
        { care_start: '2024-06-03', reviews: 3, last_review: '2025-03-20', next_due: '2025-09-20' },
      ],
      [
        'e',
        true,
        { care_start: '2024-12-02', reviews: 1, last_review: '2025-01-15', next_due: '2025-04-15' },
      ],
      ['f', false, { care_start: '2025-01-06', reviews: 0, last_review: null, next_due: '2025-02-03' }],
    ]);
  });

  it('counts Easter 2025 out of the first 20 working days', () => {
    // From Friday 28 March: due Tuesday 29 April (18 and 21 April are holidays), overdue at 30 April.
    // From Monday 31 March: due Wednesday 30 April, the end itself.
    // Without the two holidays they would have been due on 25 and 28 April, both overdue.
    const m = model([
      child('a', { episodes: [ep('a1', '2025-03-28', null)] }),
      child('b', { episodes: [ep('b1', '2025-03-31', null)] }),
    ]);
    const period = monthOf('2025-04-30');
    const measure = claReviewsInTimePct.compute(m, period);
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts.next_due])).toEqual([
      ['a', false, '2025-04-29'],
      ['b', true, '2025-04-30'],
    ]);
  });

  it('clamps 3 months after 30 November to 28 February, due on the end of February 2025 and so not overdue', () => {
    const m = model([
      child('a', { episodes: [ep('a1', '2024-10-01', null)], claReviews: reviews('2024-11-30') }),
    ]);
    const period = monthOf('2025-02-01');
    const measure = claReviewsInTimePct.compute(m, period);
    expect(figureOf(claReviewsInTimePct, period, measure)).toMatchObject({ value: 100, numerator: 1 });
    expect(measure.members[0]?.facts.next_due).toBe('2025-02-28');
  });

  it('gives no value when no child is looked after', () => {
    const period = monthOf('2025-02-01');
    expect(
      figureOf(claReviewsInTimePct, period, claReviewsInTimePct.compute(model([]), period)).value,
    ).toBeNull();
  });
});
