import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, keyOf } from './helpers-d.ts';

/**
 * A child protection plan review cannot fall on or after the start and before the end of one of the child's
 * CIN plans (any time after the start when the CIN plan is open), unless the review is on the plan's end
 * date. Flags the review, its plan and the CIN plan. A review is its plan's when child, CINdetailsID and
 * CPPID match (CPPID numbers the plans within an episode).
 */
export const rule4003 = defineCinRule({
  code: '4003',
  message: 'A CPP review date is shown as being held at the same time as an open CIN Plan.',
  type: 'error',
  tables: ['Reviews', 'ChildProtectionPlans', 'CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const cinPlans = cinTable(data, 'CINplanDates');
    const plansBy = groupRows(plans, ['LAchildID', 'CINdetailsID', 'CPPID']);
    const cinPlansBy = groupRows(cinPlans, ['LAchildID']);
    const reviewFail: number[] = [];
    const planFail: number[] = [];
    const cinFail: number[] = [];
    cinTable(data, 'Reviews').forEach((review, i) => {
      const date = dateOf(review, 'CPPreviewDate');
      if (date === null) return;
      const own = plansBy.get(keyOf(review, ['LAchildID', 'CINdetailsID', 'CPPID'])) ?? [];
      if (own.some((p) => dateOf(plans[p] ?? {}, 'CPPendDate') === date)) return;
      for (const c of cinPlansBy.get(review.LAchildID ?? '') ?? []) {
        const start = dateOf(cinPlans[c] ?? {}, 'CINPlanStartDate');
        const end = dateOf(cinPlans[c] ?? {}, 'CINPlanEndDate');
        if (start !== null && date >= start && (end === null || date < end)) {
          reviewFail.push(i);
          planFail.push(...own);
          cinFail.push(c);
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
