import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/** A date of birth, where present, must be on or before the reference date. */
export const rule8520 = defineCinRule({
  code: '8520',
  message:
    'Date of Birth is after data collection period (must be on or before the end of the census period)',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(cinTable(data, 'ChildIdentifiers'), (r) => {
          const dob = dateOf(r, 'PersonBirthDate');
          return dob !== null && dob > data.referenceDate;
        }),
      ],
    ]);
  },
});
