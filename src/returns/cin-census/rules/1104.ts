import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, dateE, episodeKeyE, joinE } from './helpers-e.ts';

/** A Section 47 initial child protection conference dated before its episode's referral. */
export const rule1104 = defineCinRule({
  code: '1104',
  message: 'The date of the initial child protection conference cannot be before the referral date',
  type: 'error',
  tables: ['Section47', 'CINdetails'],
  validate(data) {
    const s47 = cinTable(data, 'Section47');
    const episodes = cinTable(data, 'CINdetails');
    const episodeRows = joinE(episodes, episodeKeyE);
    const failures = new FailuresE();
    s47.forEach((row, i) => {
      const icpc = dateE(row.DateOfInitialCPC);
      if (icpc === null) return;
      for (const e of episodeRows(row)) {
        const referral = dateE(episodes[e]?.CINreferralDate);
        if (referral !== null && icpc < referral) {
          failures.add('Section47', i);
          failures.add('CINdetails', e);
        }
      }
    });
    return failures.result();
  },
});
