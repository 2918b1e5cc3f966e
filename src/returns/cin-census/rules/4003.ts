import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, keyOf } from './helpers-d.ts';

/**
 * A child protection plan review cannot fall on or after the start and before the end of one of the child's
 * CIN plans, unless the review is on the protection plan's end date. As the reference validator checks it:
 * a review belongs to each of the child's protection plans with its CPPID (CPPID numbers the plans within an
 * episode, so a child's plans in two episodes share one), each pairing is judged on its own, and only
 * pairings where the protection plan and the CIN plan both have an end date can fail (an open CIN plan is
 * not compared). Flags the review, the protection plan and the CIN plan.
 */
export const rule4003 = defineCinRule({
  code: '4003',
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
  type: 'error',
  tables: ['Reviews', 'ChildProtectionPlans', 'CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const cinPlans = cinTable(data, 'CINplanDates');
    const plansBy = groupRows(plans, ['LAchildID', 'CPPID']);
    const cinPlansBy = groupRows(cinPlans, ['LAchildID']);
    const reviewFail: number[] = [];
    const planFail: number[] = [];
    const cinFail: number[] = [];
    cinTable(data, 'Reviews').forEach((review, i) => {
      const date = dateOf(review, 'CPPreviewDate');
      if (date === null) return;
      for (const p of plansBy.get(keyOf(review, ['LAchildID', 'CPPID'])) ?? []) {
        const planEnd = dateOf(plans[p] ?? {}, 'CPPendDate');
        if (planEnd === null || planEnd === date) continue;
        for (const c of cinPlansBy.get(review.LAchildID ?? '') ?? []) {
          const start = dateOf(cinPlans[c] ?? {}, 'CINPlanStartDate');
          const end = dateOf(cinPlans[c] ?? {}, 'CINPlanEndDate');
          if (start !== null && end !== null && date >= start && date < end) {
            reviewFail.push(i);
            planFail.push(p);
            cinFail.push(c);
          }
        }
      }
    });
    return cinFailures([
      ['Reviews', reviewFail],
      ['ChildProtectionPlans', planFail],
      ['CINplanDates', cinFail],
    ]);
  },
});
