import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, dateE, episodeKeyE, joinE } from './helpers-e.ts';

/** A CIN plan starting before its episode's referral date. */
export const rule4015 = defineCinRule({
  code: '4015',
  message: 'The CIN Plan start date cannot be before the referral date',
  type: 'error',
  tables: ['CINplanDates', 'CINdetails'],
  validate(data) {
    const plans = cinTable(data, 'CINplanDates');
    const episodes = cinTable(data, 'CINdetails');
    const episodeRows = joinE(episodes, episodeKeyE);
    const failures = new FailuresE();
    plans.forEach((plan, i) => {
      const start = dateE(plan.CINPlanStartDate);
      if (start === null) return;
      for (const e of episodeRows(plan)) {
        const referral = dateE(episodes[e]?.CINreferralDate);
        if (referral !== null && start < referral) {
          failures.add('CINplanDates', i);
          failures.add('CINdetails', e);
        }
      }
    });
    return failures.result();
  },
});
