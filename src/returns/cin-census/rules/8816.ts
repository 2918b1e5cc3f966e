import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { dateOf, groupRows, writtenFalse } from './helpers-d.ts';

/**
 * An open episode (no closure date) that is not NFA must be the child's latest referral. Flags the open
 * episode and, as the reference does, the child's latest episode (the first with the latest referral date).
 * As the reference (rule_8816.py) reads them: episodes without a referral date are left out; an open
 * episode is "the latest" only when it is that first latest row, so a second episode sharing the latest
 * referral date is flagged; an episode is open when its closure date is blank or not a date; and
 * ReferralNFA is false only when written exactly "false" or "0". A child's rows are grouped by LAchildID,
 * which pandas' groupby leaves out when missing: an open episode with no LAchildID has no latest episode to
 * be, so it is flagged (alone).
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
      const noChild = (rows[idx[0] ?? -1]?.LAchildID ?? '').trim() === '';
      const referred = idx.filter((i) => dateOf(rows[i] ?? {}, 'CINreferralDate') !== null);
      let latest: number | null = null;
      let latestDate: string | null = null;
      for (const i of referred) {
        const d = dateOf(rows[i] ?? {}, 'CINreferralDate') as string;
        if (latestDate === null || d > latestDate) {
          latest = i;
          latestDate = d;
        }
      }
      for (const i of referred) {
        const r = rows[i] ?? {};
        const notNfa = writtenFalse(r.ReferralNFA);
        if (dateOf(r, 'CINclosureDate') !== null || !notNfa) continue;
        if (noChild) {
          failing.push(i);
          continue;
        }
        if (i === latest) continue;
        failing.push(i);
        if (latest !== null) failing.push(latest);
      }
    }
    return cinFailures([['CINdetails', failing]]);
  },
});
