import { defineCinRule } from '../rule.ts';
import { isTrue, joinFailures } from './helpers-d.ts';

/** An episode that is a referral with no further action (ReferralNFA true or 1) cannot have CIN plan dates. */
export const rule4000 = defineCinRule({
  code: '4000',
  message: 'CIN Plan details provided for a referral with no further action',
  type: 'error',
  tables: ['CINplanDates', 'CINdetails'],
  validate(data) {
    return joinFailures(data, 'CINplanDates', 'CINdetails', ['LAchildID', 'CINdetailsID'], (_plan, cin) =>
      isTrue(cin.ReferralNFA),
    );
  },
});
