import { defineCinRule } from '../rule.ts';
import { dateOf, joinFailures } from './helpers-d.ts';

/**
 * The initial child protection conference must not be recorded at both levels: a child's CINdetails and
 * Section47 rows with the same DateOfInitialCPC (joined on the child, as the reference does) are flagged.
 */
export const rule2884 = defineCinRule({
  code: '2884',
  message:
    'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
  type: 'error',
  tables: ['CINdetails', 'Section47'],
  validate(data) {
    return joinFailures(data, 'CINdetails', 'Section47', ['LAchildID'], (cin, s47) => {
      const a = dateOf(cin, 'DateOfInitialCPC');
      return a !== null && a === dateOf(s47, 'DateOfInitialCPC');
    });
  },
});
