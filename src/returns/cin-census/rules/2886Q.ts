import { cinTable, defineCinRule } from '../rule.ts';
import { dateOf, laLevel } from './helpers-d.ts';

/**
 * LA level: children with no sex recorded (missing or U), excluding unborn children (with an expected date
 * of birth), should be no more than 2% of child records. Flags Header row 0. An expected date of birth that
 * is not a date counts as missing, as the reference reads the column as dates.
 */
export const rule2886Q = defineCinRule({
  code: '2886Q',
  message:
    'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)',
  type: 'query',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    if (children.length === 0) return {};
    const missing = children.filter((r) => {
      const sex = (r.Sex ?? '').trim();
      return (sex === '' || sex === 'U') && dateOf(r, 'ExpectedPersonBirthDate') === null;
    }).length;
    return missing / children.length > 0.02 ? laLevel() : {};
  },
});
