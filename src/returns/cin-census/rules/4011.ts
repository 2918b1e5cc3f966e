import { cinDate, cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/** A CIN plan that ends before it starts. */
export const rule4011 = defineCinRule({
  code: '4011',
  message: 'CIN Plan End Date earlier than Start Date',
  type: 'error',
  tables: ['CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'CINplanDates');
    return cinFailures([
      [
        'CINplanDates',
        rowsWhereCin(plans, (r) => {
          const start = cinDate(r.CINPlanStartDate);
          const end = cinDate(r.CINPlanEndDate);
          return start !== null && end !== null && end < start;
        }),
      ],
    ]);
  },
});
