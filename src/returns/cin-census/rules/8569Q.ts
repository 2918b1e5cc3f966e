import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, workingDaysBefore, writtenFalse } from './helpers-d.ts';

/**
 * A referral dated before the working day before the collection start (so before Monday 31 March 2025 for
 * 2025/26) should not be NFA: ReferralNFA must be written false or 0, as the reference compares it ("False"
 * is queried).
 */
export const rule8569Q = defineCinRule({
  code: '8569Q',
  message:
    'A case with referral date before one working day prior to the collection start date must not be flagged as a no further action case',
  type: 'query',
  tables: ['CINdetails'],
  validate(data) {
    const limit = workingDaysBefore(data.collectionStart, 1);
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(cinTable(data, 'CINdetails'), (r) => {
          const referral = dateOf(r, 'CINreferralDate');
          return referral !== null && referral < limit && !writtenFalse(r.ReferralNFA);
        }),
      ],
    ]);
  },
});
