import { REFERRAL_SOURCE, isCode } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE, dateE } from './helpers-e.ts';

/** A referral on or after 1 April 2013 whose source is missing or not in the CIN census code set. */
export const rule8866 = defineCinRule({
  code: '8866',
  message: 'Source of Referral is missing or an invalid code',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(episodes, (r) => {
          const referral = dateE(r.CINreferralDate);
          return (
            referral !== null &&
            referral >= '2013-04-01' &&
            !isCode(REFERRAL_SOURCE, cellE(r, 'ReferralSource'))
          );
        }),
      ],
    ]);
  },
});
