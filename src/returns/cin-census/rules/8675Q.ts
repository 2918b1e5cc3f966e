import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { censusWorkingDaysBefore, dateOf, writtenFalse } from './helpers-d.ts';

/**
 * A Section 47 enquiry with no initial CPC date and ICPCnotRequired false should not have started before
 * the reference date less 15 working days (bank holidays excluded), counted as the reference validator counts
 * them (censusWorkingDaysBefore: 11 March 2026 for 2025/26). As the reference, false is "false" or "0" exactly
 * (the schema's "FALSE" is not read as false there).
 */
export const rule8675Q = defineCinRule({
  code: '8675Q',
  message:
    'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.',
  type: 'query',
  tables: ['Section47'],
  validate(data) {
    const limit = censusWorkingDaysBefore(data.referenceDate, 15);
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(cinTable(data, 'Section47'), (r) => {
          const start = dateOf(r, 'S47ActualStartDate');
          return (
            start !== null &&
            start < limit &&
            dateOf(r, 'DateOfInitialCPC') === null &&
            writtenFalse(r.ICPCnotRequired)
          );
        }),
      ],
    ]);
  },
});
