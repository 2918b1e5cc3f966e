import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/**
 * Exactly one of date of birth and expected date of birth should be given. A value that is not a date counts
 * as not given, as the reference reads both columns as dates.
 */
export const rule8525Q = defineCinRule({
  code: '8525Q',
  message: 'Either Date of Birth or Expected Date of Birth must be provided (but not both)',
  type: 'query',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(
          cinTable(data, 'ChildIdentifiers'),
          (r) => (dateOf(r, 'PersonBirthDate') !== null) === (dateOf(r, 'ExpectedPersonBirthDate') !== null),
        ),
      ],
    ]);
  },
});
