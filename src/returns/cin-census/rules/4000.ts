import { defineCinRule } from '../rule.ts';
import { joinFailures, writtenTrue } from './helpers-d.ts';

/**
 * An episode that is a referral with no further action cannot have CIN plan dates. ReferralNFA counts as true
 * only written true or 1, as the reference compares it ("True" is not).
 */
export const rule4000 = defineCinRule({
  code: '4000',
  message: 'CIN Plan details provided for a referral with no further action',
  type: 'error',
  tables: ['CINplanDates', 'CINdetails'],
  validate(data) {
    return joinFailures(data, 'CINplanDates', 'CINdetails', ['LAchildID', 'CINdetailsID'], (_plan, cin) =>
      writtenTrue(cin.ReferralNFA),
    );
  },
});
