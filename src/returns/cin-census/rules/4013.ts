import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { inCensusYear } from './helpers-d.ts';
import { dateE } from './helpers-e.ts';

/**
 * A CIN plan end date, where present, outside the census year. The year runs, as the reference validator
 * counts it, from the reference date less one year (31 March 2025) to the reference date, both included.
 */
export const rule4013 = defineCinRule({
  code: '4013',
  message: 'CIN Plan end date must fall within the census year',
  type: 'error',
  tables: ['CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'CINplanDates');
    return cinFailures([
      [
        'CINplanDates',
        rowsWhereCin(plans, (r) => {
          const end = dateE(r.CINPlanEndDate);
          return end !== null && !inCensusYear(data, end);
        }),
      ],
    ]);
  },
});
