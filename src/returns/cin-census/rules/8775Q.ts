import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { addYears, dateOf, groupRows } from './helpers-d.ts';

/**
 * A child born more than 25 years before the reference date is queried when an episode is open or closed
 * after their 25th birthday (a closure date that is not a date counts as open, as the reference reads it).
 * Flags the child and those episodes. A child with no episode is not queried: the reference joins the children
 * to their episodes (an inner join), so such a child has no row to fail.
 */
export const rule8775Q = defineCinRule({
  code: '8775Q',
  message: 'Please check and either amend data or provide a reason: Child is over 25 years old',
  type: 'query',
  tables: ['ChildIdentifiers', 'CINdetails'],
  validate(data) {
    const limit = addYears(data.referenceDate, -25);
    const episodes = cinTable(data, 'CINdetails');
    const byChild = groupRows(episodes, ['LAchildID']);
    const childFail: number[] = [];
    const cinFail: number[] = [];
    cinTable(data, 'ChildIdentifiers').forEach((child, i) => {
      const dob = dateOf(child, 'PersonBirthDate');
      if (dob === null || dob >= limit) return;
      const birthday25 = addYears(dob, 25);
      const own = byChild.get(child.LAchildID ?? '') ?? [];
      for (const j of own) {
        const closure = dateOf(episodes[j] ?? {}, 'CINclosureDate');
        if (closure === null || closure > birthday25) {
          childFail.push(i);
          cinFail.push(j);
        }
      }
    });
    return cinFailures([
      ['ChildIdentifiers', childFail],
      ['CINdetails', cinFail],
    ]);
  },
});
