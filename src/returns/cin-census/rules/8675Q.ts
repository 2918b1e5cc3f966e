import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, present, workingDaysBefore } from './helpers-d.ts';

/**
 * A Section 47 enquiry with no initial CPC date and ICPCnotRequired false should not have started before
 * the reference date less 15 working days (bank holidays excluded).
 */
export const rule8675Q = defineCinRule({
  code: '8675Q',
  message:
    'Please check and either amend data or provide a reason: S47 Enquiry started more than 15 working days before the end of the census year. However, there is no date of Initial Child Protection Conference.',
  type: 'query',
  tables: ['Section47'],
  validate(data) {
    const limit = workingDaysBefore(data.referenceDate, 15);
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(cinTable(data, 'Section47'), (r) => {
          const start = dateOf(r, 'S47ActualStartDate');
          return (
            start !== null &&
            start < limit &&
            !present(r.DateOfInitialCPC) &&
            (r.ICPCnotRequired ?? '').trim().toLowerCase() === 'false'
          );
        }),
      ],
    ]);
  },
});
