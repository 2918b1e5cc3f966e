import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { addYearsClipped } from './helpers-c.ts';

/**
 * When a missing period ends on the child's 18th birthday (DOB in the Missing table plus 18 years, 29
 * February going to 28 February as in the reference validator) and an episode ends (DEC) that same day,
 * the episode's reason for ending (REC) must be E8.
 */
export const rule580 = defineRule({
  code: '580',
  message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
  type: 'error',
  tables: ['Episodes', 'Missing'],
  validate(data) {
    const episodes = byChild(table(data, 'Episodes')!);
    const failed: number[] = [];
    for (const m of table(data, 'Missing')!) {
      const dob = date(m.DOB);
      const end = date(m.MIS_END);
      if (dob === null || end === null || addYearsClipped(dob, 18) !== end) continue;
      for (const e of episodes.get(m.CHILD ?? '') ?? []) {
        if (date(e.row.DEC) === end && e.row.REC !== 'E8') failed.push(e.index);
      }
    }
    return failures([['Episodes', failed]]);
  },
});
