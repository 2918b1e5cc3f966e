import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE, dateE } from './helpers-e.ts';

/** An unborn child (expected date of birth, no date of birth) whose sex is not U. */
export const rule8750 = defineCinRule({
  code: '8750',
  message: 'Sex must equal U for an unborn child',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(
          children,
          (r) =>
            dateE(r.PersonBirthDate) === null &&
            dateE(r.ExpectedPersonBirthDate) !== null &&
            cellE(r, 'Sex') !== 'U',
        ),
      ],
    ]);
  },
});
