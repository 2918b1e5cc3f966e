import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** A referral date that is missing (or not a date) or after the reference date. */
export const rule8600 = defineCinRule({
  code: '8600',
  message: 'Child referral date missing or after data collection period',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(episodes, (r) => {
          const referral = dateE(r.CINreferralDate);
          return referral === null || referral > data.referenceDate;
        }),
      ],
    ]);
  },
});
