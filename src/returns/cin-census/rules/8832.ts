import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, episodeKeyE, joinE } from './helpers-e.ts';
import { isTrue } from './helpers-d.ts';

/** A child protection plan on an episode that is a referral with no further action (ReferralNFA true or 1). */
export const rule8832 = defineCinRule({
  code: '8832',
  message: 'Child Protection details provided for a referral with no further action.',
  type: 'error',
  tables: ['ChildProtectionPlans', 'CINdetails'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const episodes = cinTable(data, 'CINdetails');
    const episodeRows = joinE(episodes, episodeKeyE);
    const failures = new FailuresE();
    plans.forEach((plan, i) => {
      for (const e of episodeRows(plan)) {
        if (isTrue(episodes[e]?.ReferralNFA)) {
          failures.add('ChildProtectionPlans', i);
          failures.add('CINdetails', e);
        }
      }
    });
    return failures.result();
  },
});
