import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cpReviewsInTimePct } from './cp-reviews-in-time-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const review = (id: string, date: string, planId: string | null): ChildJourney['conferences'][number] => ({
  id,
  kind: 'review',
  date,
  s47Id: null,
  planId,
  outcome: 'continue',
});

const m = model([
  // 31 January + 3 months = 30 April (clamped): due on 30 April, overdue from 1 May.
  child('a', { cpPlans: [{ id: 'a1', start: '2025-01-31', end: null }] }),
  child('b', {
    cpPlans: [{ id: 'b1', start: '2024-11-30', end: null }],
    conferences: [review('b-r1', '2025-02-28', 'b1')],
  }),
  // The first review was due on 1 January and held late on 20 January; the next is due on 20 July.
  child('c', {
    cpPlans: [{ id: 'c1', start: '2024-10-01', end: null }],
    conferences: [review('c-r1', '2025-01-20', 'c1')],
  }),
  // Chained from the review actually held: 30 November 2024 + 6 months = 30 May 2025 (not 31 August + 9
  // months = 31 May). A review dated after the month end, not linked to a plan, is ignored.
  child('d', {
    cpPlans: [{ id: 'd1', start: '2024-08-31', end: null }],
    conferences: [review('d-r1', '2024-11-30', 'd1'), review('d-r2', '2025-06-05', null)],
  }),
  // Reviews of an earlier plan do not count for the current one, due 3 June 2025.
  child('e', {
    cpPlans: [
      { id: 'e1', start: '2022-01-10', end: '2023-01-10' },
      { id: 'e2', start: '2025-03-03', end: null },
    ],
    conferences: [review('e-r1', '2022-04-05', 'e1')],
  }),
  // A review not linked to a plan counts for the plan open when it was held: due 15 May, held 10 May.
  child('f', {
    cpPlans: [{ id: 'f1', start: '2025-02-15', end: null }],
    conferences: [review('f-r1', '2025-05-10', null)],
  }),
  // Ends on 31 May: not on a plan at the end of May; at the end of April its first review (1 March) is late.
  child('g', { cpPlans: [{ id: 'g1', start: '2024-12-01', end: '2025-05-31' }] }),
]);

describe('cp_reviews_in_time_pct', () => {
  it('judges the review outstanding at 31 May 2025', () => {
    const period = monthOf('2025-05-31');
    const measure = cpReviewsInTimePct.compute(m, period);
    expect(figureOf(cpReviewsInTimePct, period, measure)).toMatchObject({ numerator: 4, denominator: 6 });
    expect(
      percentMembers(measure).map((x) => [
        x.laChildId,
        x.facts.reviews,
        x.facts.last_review,
        x.facts.next_review_due,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a', 0, null, '2025-04-30', false],
      ['b', 1, '2025-02-28', '2025-08-28', true],
      ['c', 1, '2025-01-20', '2025-07-20', true],
      ['d', 1, '2024-11-30', '2025-05-30', false],
      ['e', 0, null, '2025-06-03', true],
      ['f', 1, '2025-05-10', '2025-11-10', true],
    ]);
  });

  it('does not count a review due on the as-at date itself as overdue (30 April 2025)', () => {
    const period = monthOf('2025-04-30');
    const measure = cpReviewsInTimePct.compute(m, period);
    expect(figureOf(cpReviewsInTimePct, period, measure)).toMatchObject({ numerator: 6, denominator: 7 });
    expect(percentMembers(measure).map((x) => [x.laChildId, x.facts.next_review_due, x.inNumerator])).toEqual(
      [
        ['a', '2025-04-30', true],
        ['b', '2025-08-28', true],
        ['c', '2025-07-20', true],
        ['d', '2025-05-30', true],
        ['e', '2025-06-03', true],
        ['f', '2025-05-15', true],
        ['g', '2025-03-01', false],
      ],
    );
  });

  it('gives no value with no child on a plan', () => {
    const period = monthOf('2025-04-30');
    expect(
      figureOf(cpReviewsInTimePct, period, cpReviewsInTimePct.compute(model([]), period)).value,
    ).toBeNull();
  });
});
