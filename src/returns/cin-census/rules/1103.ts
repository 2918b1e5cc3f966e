import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/** An assessment cannot start before its episode's referral date (assessment and episode flagged). */
export const rule1103 = defineCinRule({
  code: '1103',
  message: 'The assessment start date cannot be before the referral date',
  type: 'error',
  tables: ['Assessments', 'CINdetails'],
  validate(data) {
    return joinFailures(data, 'Assessments', 'CINdetails', ['LAchildID', 'CINdetailsID'], (a, cin) => {
      const start = dateOf(a, 'AssessmentActualStartDate');
      const referral = dateOf(cin, 'CINreferralDate');
      return start !== null && referral !== null && start < referral;
    });
  },
});
