import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { keyOf, present, writtenFalse } from './helpers-d.ts';
import { childKeyE, dateE } from './helpers-e.ts';

/** ReferralNFA false as the reference validator reads it here: exactly "false" or "0". */

/**
 * A child with more than one open episode (no closure date) that is not a referral with no further action
 * (ReferralNFA exactly false or 0, so not FALSE). As the reference, every open episode of that child is flagged;
 * a closure date that is not a date counts as open, as the reference reads it. Also as the reference: episodes
 * with no child ID are no child's (its groupby drops them), and a row is flagged when its child and episode IDs
 * are those of a flagged open episode, so where two children share an ID (rule 8510) the other child's
 * episodes with those numbers are flagged too.
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
      if (present(r.LAchildID) && dateE(r.CINclosureDate) === null && writtenFalse(r.ReferralNFA)) {
        counts.set(childKeyE(r), (counts.get(childKeyE(r)) ?? 0) + 1);
      }
    }
    const on = ['LAchildID', 'CINdetailsID'];
    const flagged = new Set(
      episodes
        .filter(
          (r) =>
            present(r.LAchildID) && (counts.get(childKeyE(r)) ?? 0) > 1 && dateE(r.CINclosureDate) === null,
        )
        .map((r) => keyOf(r, on)),
    );
    return cinFailures([['CINdetails', rowsWhereCin(episodes, (r) => flagged.has(keyOf(r, on)))]]);
  },
});
