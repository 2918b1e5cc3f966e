import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { writtenFalse } from './helpers-d.ts';
import { blankE } from './helpers-e.ts';

/**
 * A referral going on to further action (ReferralNFA written false or 0, as the reference compares it: "False"
 * is not) with no primary need code.
 */
export const rule8610 = defineCinRule({
  code: '8610',
  message: 'Primary Need code is missing for a referral which led to further action.',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      ['CINdetails', rowsWhereCin(episodes, (r) => writtenFalse(r.ReferralNFA) && blankE(r.PrimaryNeedCode))],
    ]);
  },
});
