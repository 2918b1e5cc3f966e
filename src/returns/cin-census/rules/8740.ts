import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, inCensusYear } from './helpers-d.ts';

/**
 * A Section 47 enquiry with no initial CPC date (or one that is not a date) and ICPCnotRequired 0 must have
 * started within the census year. The reference validator reads ICPCnotRequired false only as "0" (the schema also
 * allows false and FALSE; its test has only 0 and 1), and so does this rule, to report what it reports.
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
            dateOf(r, 'DateOfInitialCPC') === null &&
            r.ICPCnotRequired === '0' &&
            start !== null &&
            !inCensusYear(data, start)
          );
        }),
      ],
    ]);
  },
});
