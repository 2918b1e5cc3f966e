import { addDays } from '../../../domain/dates.ts';
import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, joinE } from './helpers-e.ts';

/** A referral more than 280 days before the child's date of birth or expected date of birth. */
export const rule8606 = defineCinRule({
  code: '8606',
  message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
  type: 'error',
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    const children = cinTable(data, 'ChildIdentifiers');
    const childRows = joinE(children, childKeyE);
    const failures = new FailuresE();
    episodes.forEach((episode, i) => {
      const referral = dateE(episode.CINreferralDate);
      if (referral === null) return;
      for (const c of childRows(episode)) {
        const child = children[c];
        if (!child) continue;
        const born = dateE(child.PersonBirthDate);
        const expected = dateE(child.ExpectedPersonBirthDate);
        if (
          (born !== null && referral < addDays(born, -280)) ||
          (expected !== null && referral < addDays(expected, -280))
        ) {
          failures.add('CINdetails', i);
          failures.add('ChildIdentifiers', c);
        }
      }
    });
    return failures.result();
  },
});
