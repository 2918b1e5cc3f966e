import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE, inCensusE } from './helpers-e.ts';

/** A CIN plan end date, where present, outside the census year. */
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
          return end !== null && !inCensusE(data, end);
        }),
      ],
    ]);
  },
});
