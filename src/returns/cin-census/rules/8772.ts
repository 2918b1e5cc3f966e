import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, cellE, childKeyE, joinE } from './helpers-e.ts';
import { isTrue } from './helpers-d.ts';

/**
 * UPNunknown UN7 (referral with no further action) on a child with an episode whose ReferralNFA is not true/1
 * (a blank one included), or with no episode at all, as the reference validator's left join finds them. The
 * child's row and those episodes are flagged.
 */
export const rule8772 = defineCinRule({
  code: '8772',
  message:
    'UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action',
  type: 'error',
  tables: ['ChildIdentifiers', 'CINdetails'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    const episodes = cinTable(data, 'CINdetails');
    const episodeRows = joinE(episodes, childKeyE);
    const failures = new FailuresE();
    children.forEach((child, c) => {
      if (cellE(child, 'UPNunknown') !== 'UN7') return;
      const own = episodeRows(child);
      if (own.length === 0) failures.add('ChildIdentifiers', c);
      for (const e of own) {
        if (!isTrue(episodes[e]?.ReferralNFA)) {
          failures.add('ChildIdentifiers', c);
          failures.add('CINdetails', e);
        }
      }
    });
    return failures.result();
  },
});
