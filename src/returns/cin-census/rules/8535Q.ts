import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/**
 * A date of death should not be before the date of birth. As the reference validator checks it, a date of
 * death with no date of birth is queried too, and a child who died before the expected date of birth (an
 * unborn child) is not queried at all.
 */
export const rule8535Q = defineCinRule({
  code: '8535Q',
  message:
    'Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth',
  type: 'query',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(cinTable(data, 'ChildIdentifiers'), (r) => {
          const dob = dateOf(r, 'PersonBirthDate');
          const death = dateOf(r, 'PersonDeathDate');
          const expected = dateOf(r, 'ExpectedPersonBirthDate');
          if (death === null || (expected !== null && expected > death)) return false;
          return dob === null || death < dob;
        }),
      ],
    ]);
  },
});
