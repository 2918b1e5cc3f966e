import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/** A child protection plan cannot start before its episode's referral date (plan and episode flagged). */
export const rule1105 = defineCinRule({
  code: '1105',
  message: 'The child protection plan start date cannot be before the referral date',
  type: 'error',
  tables: ['ChildProtectionPlans', 'CINdetails'],
  validate(data) {
    return joinFailures(
      data,
      'ChildProtectionPlans',
      'CINdetails',
      ['LAchildID', 'CINdetailsID'],
      (p, cin) => {
        const start = dateOf(p, 'CPPstartDate');
        const referral = dateOf(cin, 'CINreferralDate');
        return start !== null && referral !== null && start < referral;
      },
    );
  },
});
