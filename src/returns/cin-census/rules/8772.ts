import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, blankE, cellE, childKeyE, joinE, nfaTrueE } from './helpers-e.ts';

/**
 * UPNunknown UN7 (referral with no further action) on a child with an episode whose ReferralNFA is present
 * and not true/1. The child's row and those episodes are flagged.
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
      for (const e of episodeRows(child)) {
        const nfa = episodes[e]?.ReferralNFA;
        if (!blankE(nfa) && !nfaTrueE(nfa)) {
          failures.add('ChildIdentifiers', c);
          failures.add('CINdetails', e);
        }
      }
    });
    return failures.result();
  },
});
