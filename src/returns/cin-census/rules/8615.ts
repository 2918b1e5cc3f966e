import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, present } from './helpers-d.ts';

/**
 * Where a Section 47 enquiry has an initial CPC date, its start date must be present and on or before it.
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
          if (icpc !== null && !present(r.S47ActualStartDate)) return true;
          return start !== null && icpc !== null && start > icpc;
        }),
      ],
    ]);
  },
});
