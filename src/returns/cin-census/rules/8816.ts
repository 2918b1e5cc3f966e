import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, isFalse, present } from './helpers-d.ts';

/**
 * An open episode (no closure date) that is not NFA must be the child's latest referral. Flags the open
 * episode and, as the reference does, the child's latest episode (the first with the latest referral date).
 */
export const rule8816 = defineCinRule({
  code: '8816',
  message:
    'An open CIN episode is shown and case is not a referral with no further action, but it is not the latest episode.',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const rows = cinTable(data, 'CINdetails');
    const failing: number[] = [];
    for (const [, idx] of groupRows(rows, ['LAchildID'])) {
      let latest: number | null = null;
      let latestDate: string | null = null;
      for (const i of idx) {
        const d = dateOf(rows[i] ?? {}, 'CINreferralDate');
        if (d !== null && (latestDate === null || d > latestDate)) {
          latest = i;
          latestDate = d;
        }
      }
      for (const i of idx) {
        const r = rows[i] ?? {};
        if (present(r.CINclosureDate) || !isFalse(r.ReferralNFA)) continue;
        if (dateOf(r, 'CINreferralDate') !== latestDate) {
          failing.push(i);
          if (latest !== null) failing.push(latest);
        }
      }
    }
    return cinFailures([['CINdetails', failing]]);
  },
});
