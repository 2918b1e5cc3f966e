import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/** An episode cannot close before its referral date. */
export const rule8630 = defineCinRule({
  code: '8630',
  message: 'CIN Closure Date is before CIN Referral Date for the same CIN episode',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(cinTable(data, 'CINdetails'), (r) => {
          const closure = dateOf(r, 'CINclosureDate');
          const referral = dateOf(r, 'CINreferralDate');
          return closure !== null && referral !== null && closure < referral;
        }),
      ],
    ]);
  },
});
