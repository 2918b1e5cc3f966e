import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, groupE } from './helpers-e.ts';
import { isFalse } from './helpers-d.ts';

/**
 * Overlapping episodes: an episode's referral date falls on or after another episode's referral date and
 * before that episode's closure date, or, where that other episode is open and goes on to further action
 * (ReferralNFA false or 0, any case), before the reference date. Both episodes are flagged.
 *
 * As the reference compares them (rule_8820.py): an episode ending on the day another starts does not
 * overlap it (the DfE's note allows it), nor does one referred on the reference date; episodes without a
 * referral date are left out; and each episode is compared with every other row of the child, so two
 * copies of one episode (the same CINdetailsID, from a child given twice) overlap each other.
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
          if (!ea || !eb || a === b) continue;
          const refA = dateE(ea.CINreferralDate);
          const refB = dateE(eb.CINreferralDate);
          if (refA === null || refB === null || refA < refB) continue;
          const closeB = dateE(eb.CINclosureDate);
          const overlaps =
            closeB !== null ? refA < closeB : refA < data.referenceDate && isFalse(eb.ReferralNFA);
          if (overlaps) failures.add('CINdetails', a, b);
        }
      }
    }
    return failures.result();
  },
});
