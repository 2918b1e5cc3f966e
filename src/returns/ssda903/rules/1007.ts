import { date, defineRule, failures, ofChild, table } from '../rule.ts';
import { addYears, filled } from './helpers-a.ts';

/**
 * A care leaver aged 17 or 18 at the collection end who was looked after on their latest birthday (an
 * episode with DECOM on or before it and DEC after it) must have no IN_TOUCH, ACTIV or ACCOM. As in the
 * reference validator, an episode with no DEC does not count. A 29 February birthday falls on 28 February
 * in a year without one (the reference validator cannot compute it).
 *
 * A deliberate difference: the reference validator reads DECOM and DEC without coercing (to_datetime with
 * no errors='coerce'), so one Episodes cell that is filled but not a DD/MM/YYYY date, for any child, stops
 * the rule with no findings; here such a date is not a date and the other episodes are still checked.
 */
export const rule1007 = defineRule({
  code: '1007',
  message:
    'Care leaver information is not required for 17- or 18-year olds who are still looked after [on their 17th or 18th birthday.]',
  type: 'error',
  tables: ['Episodes', 'OC3'],
  validate(data) {
    const end = data.collectionEnd;
    const endYear = Number(end.slice(0, 4));
    const failed: number[] = [];
    const episodes = table(data, 'Episodes')!;
    table(data, 'OC3')!.forEach((r, index) => {
      const dob = date(r.DOB);
      if (!dob || !(filled(r.IN_TOUCH) || filled(r.ACTIV) || filled(r.ACCOM))) return;
      if (!(addYears(dob, 17) <= end && addYears(dob, 19) > end)) return;
      let birthday = addYears(dob, endYear - Number(dob.slice(0, 4)));
      if (birthday > end) birthday = addYears(dob, endYear - 1 - Number(dob.slice(0, 4)));
      const inCare = ofChild(episodes, r.CHILD).some(({ row: e }) => {
        const start = date(e.DECOM);
        const stop = date(e.DEC);
        return start !== null && stop !== null && start <= birthday && stop > birthday;
      });
      if (inCare) failed.push(index);
    });
    return failures([['OC3', failed]]);
  },
});
