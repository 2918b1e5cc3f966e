import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, dateE, episodeKeyE, joinE } from './helpers-e.ts';

/** A Section 47 enquiry starting before its episode's referral date. Both rows are flagged. */
export const rule2889 = defineCinRule({
  code: '2889',
  message: 'The S47 start date cannot be before the referral date.',
  type: 'error',
  tables: ['Section47', 'CINdetails'],
  validate(data) {
    const s47 = cinTable(data, 'Section47');
    const episodes = cinTable(data, 'CINdetails');
    const episodeRows = joinE(episodes, episodeKeyE);
    const failures = new FailuresE();
    s47.forEach((row, i) => {
      const start = dateE(row.S47ActualStartDate);
      if (start === null) return;
      for (const e of episodeRows(row)) {
        const referral = dateE(episodes[e]?.CINreferralDate);
        if (referral !== null && start < referral) {
          failures.add('Section47', i);
          failures.add('CINdetails', e);
        }
      }
    });
    return failures.result();
  },
});
