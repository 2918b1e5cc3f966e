import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, cellE, childKeyE, dateE, joinE } from './helpers-e.ts';

const planKey = (r: Record<string, string>): string =>
  `${childKeyE(r)}\u0000${cellE(r, 'CINdetailsID')}\u0000${cellE(r, 'CPPID')}`;

/**
 * A review of a child protection plan on or before the plan's start date. The review and plan are flagged.
 * A review is its plan's when child, CINdetailsID and CPPID match, as the reference joins them: CPPID
 * numbers the plans within an episode (as the DfE's validator reads the XML).
 */
export const rule8841 = defineCinRule({
  code: '8841',
  message: 'The review date cannot be on the same day or before the Child protection Plan start date.',
  type: 'error',
  tables: ['Reviews', 'ChildProtectionPlans'],
  validate(data) {
    const reviews = cinTable(data, 'Reviews');
    const plans = cinTable(data, 'ChildProtectionPlans');
    const planRows = joinE(plans, planKey);
    const failures = new FailuresE();
    reviews.forEach((review, i) => {
      const reviewed = dateE(review.CPPreviewDate);
      if (reviewed === null) return;
      for (const p of planRows(review)) {
        const start = dateE(plans[p]?.CPPstartDate);
        if (start !== null && reviewed <= start) {
          failures.add('Reviews', i);
          failures.add('ChildProtectionPlans', p);
        }
      }
    });
    return failures.result();
  },
});
