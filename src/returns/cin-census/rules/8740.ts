import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, inCensusYear, isFalse, present } from './helpers-d.ts';

/**
 * A Section 47 enquiry with no initial CPC date and ICPCnotRequired false (or 0) must have started within the
 * census year.
 */
export const rule8740 = defineCinRule({
  code: '8740',
  message:
    'For a Section 47 Enquiry that has not held the Initial Child Protection Conference by the end of the census year, the start date must fall within the census year',
  type: 'error',
  tables: ['Section47'],
  validate(data) {
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(cinTable(data, 'Section47'), (r) => {
          const start = dateOf(r, 'S47ActualStartDate');
          return (
            !present(r.DateOfInitialCPC) &&
            isFalse(r.ICPCnotRequired) &&
            start !== null &&
            !inCensusYear(data, start)
          );
        }),
      ],
    ]);
  },
});
