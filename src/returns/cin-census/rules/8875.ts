import { isWeekend } from '../../../domain/dates.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/**
 * A Section 47 enquiry's initial child protection conference cannot be on a Saturday or Sunday (the
 * reference checks the Section47 module only).
 */
export const rule8875 = defineCinRule({
  code: '8875',
  message: 'The Date of Initial Child Protection Conference cannot be a weekend',
  type: 'error',
  tables: ['Section47'],
  validate(data) {
    return cinFailures([
      [
        'Section47',
        rowsWhereCin(cinTable(data, 'Section47'), (r) => {
          const d = dateOf(r, 'DateOfInitialCPC');
          return d !== null && isWeekend(d);
        }),
      ],
    ]);
  },
});
