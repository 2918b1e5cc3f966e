import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { addYears, uascFlag } from './helpers-a.ts';

/**
 * A UASC child (Header UASC flag 1) should be 11 or older at the collection end: a DOB after the collection
 * end less 11 years fails. The reference validator reads a UASC_STATUS column that its Header does not
 * have; this implementation uses the Header UASC flag as derived by `uascFlag` (from the UASC table, so
 * the rule finds nothing when no UASC table is loaded).
 */
export const rule231 = defineRule({
  code: '231',
  message:
    'We expect that unaccompanied asylum seeking children are generally older young people. Please check the date of birth is correct. If the date of birth is correct then please provide details in a bypass request.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const limit = addYears(data.collectionEnd, -11);
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) => {
          const dob = date(r.DOB);
          return dob !== null && dob > limit && uascFlag(data, r, false) === '1';
        }),
      ],
    ]);
  },
});
