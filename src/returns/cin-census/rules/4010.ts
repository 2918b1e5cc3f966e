import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** A CIN plan whose start date is missing (or not a date) or after the reference date. */
export const rule4010 = defineCinRule({
  code: '4010',
  message: 'CIN Plan start date is missing or out of data collection period',
  type: 'error',
  tables: ['CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'CINplanDates');
    return cinFailures([
      [
        'CINplanDates',
        rowsWhereCin(plans, (r) => {
          const start = dateE(r.CINPlanStartDate);
          return start === null || start > data.referenceDate;
        }),
      ],
    ]);
  },
});
