import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { blankE, childKeyE, nfaFalseE } from './helpers-e.ts';

/**
 * A child with more than one open episode (no closure date) that is not a referral with no further action
 * (ReferralNFA false or 0). As the reference, every open episode of that child is flagged.
 */
export const rule8815 = defineCinRule({
  code: '8815',
  message:
    'More than one open CIN Details episode (a module with no CIN Closure Date) has been provided for this child and case is not a referral with no further action.',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    const counts = new Map<string, number>();
    for (const r of episodes) {
      if (blankE(r.CINclosureDate) && nfaFalseE(r.ReferralNFA)) {
        counts.set(childKeyE(r), (counts.get(childKeyE(r)) ?? 0) + 1);
      }
    }
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(episodes, (r) => (counts.get(childKeyE(r)) ?? 0) > 1 && blankE(r.CINclosureDate)),
      ],
    ]);
  },
});
