import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/**
 * Where a Section 47 enquiry has an initial CPC date, its start date must be present and on or before it (a start
 * that is not a date counts as missing, as the reference validator reads it).
 */
export const rule8615 = defineCinRule({
  code: '8615',
  message:
    'Section 47 Enquiry Start Date must be present and cannot be later than the date of the initial Child Protection Conference',
  type: 'error',
  tables: ['Section47'],
  validate(data) {
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(cinTable(data, 'Section47'), (r) => {
          const start = dateOf(r, 'S47ActualStartDate');
          const icpc = dateOf(r, 'DateOfInitialCPC');
          if (icpc !== null && start === null) return true;
          return start !== null && icpc !== null && start > icpc;
        }),
      ],
    ]);
  },
});
