import { date, defineRule, failures, ofChild, table } from '../rule.ts';
import { days, filled, YEAR_DAYS } from './helpers-a.ts';

/**
 * A care leaver aged 17 or 18 at the collection end with an episode ending (DEC) on or after their 17th
 * birthday must have no IN_TOUCH, ACTIV or ACCOM. Ages are measured, as in the reference validator, in
 * average Gregorian years of 365.2425 days.
 *
 * A deliberate difference: the reference validator reads OC3 DOB without coercing (to_datetime with no
 * errors='coerce'), so one DOB that is filled but not a DD/MM/YYYY date stops the rule with no findings;
 * here that row is not checked and the others still are.
 */
export const rule1016 = defineRule({
  code: '1016',
  message:
    'Care leaver information is not required for 17- or 18-year olds who cease to be looked after, after their birthday.',
  type: 'error',
  tables: ['Episodes', 'OC3'],
  validate(data) {
    const episodes = table(data, 'Episodes')!;
    const failed: number[] = [];
    table(data, 'OC3')!.forEach((r, index) => {
      const dob = date(r.DOB);
      if (!dob || !(filled(r.IN_TOUCH) || filled(r.ACTIV) || filled(r.ACCOM))) return;
      const age = days(dob, data.collectionEnd);
      if (!(age >= 17 * YEAR_DAYS && age < 19 * YEAR_DAYS)) return;
      const ceasedAfter17 = ofChild(episodes, r.CHILD).some(({ row: e }) => {
        const dec = date(e.DEC);
        return dec !== null && days(dob, dec) >= 17 * YEAR_DAYS;
      });
      if (ceasedAfter17) failed.push(index);
    });
    return failures([['OC3', failed]]);
  },
});
