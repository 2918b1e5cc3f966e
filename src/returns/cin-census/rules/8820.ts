import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, cellE, childKeyE, dateE, groupE, nfaFalseE } from './helpers-e.ts';

/**
 * Overlapping episodes: an episode's referral date falls on or after another episode's referral date and
 * no later than that episode's closure date, or, where that other episode is open and goes on to further
 * action, no later than the reference date. Both episodes are flagged.
 */
export const rule8820 = defineCinRule({
  code: '8820',
  message: 'The dates on the CIN episodes for this child overlap',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    const failures = new FailuresE();
    for (const group of groupE(episodes, childKeyE).values()) {
      for (const a of group) {
        for (const b of group) {
          const ea = episodes[a];
          const eb = episodes[b];
          if (!ea || !eb || cellE(ea, 'CINdetailsID') === cellE(eb, 'CINdetailsID')) continue;
          const refA = dateE(ea.CINreferralDate);
          const refB = dateE(eb.CINreferralDate);
          if (refA === null || refB === null || refA < refB) continue;
          const closeB = dateE(eb.CINclosureDate);
          const overlaps =
            closeB !== null ? refA <= closeB : refA <= data.referenceDate && nfaFalseE(eb.ReferralNFA);
          if (overlaps) failures.add('CINdetails', a, b);
        }
      }
    }
    return failures.result();
  },
});
