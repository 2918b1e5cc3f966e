import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** A CIN plan that starts and ends on the same day. */
export const rule4012Q = defineCinRule({
  code: '4012Q',
  message:
    'Please check and either amend or provide a reason: CIN Plan shown as starting and ending on the same day',
  type: 'query',
  tables: ['CINplanDates'],
  validate(data) {
    const plans = cinTable(data, 'CINplanDates');
    return cinFailures([
      [
        'CINplanDates',
        rowsWhereCin(plans, (r) => {
          const start = dateE(r.CINPlanStartDate);
          return start !== null && start === dateE(r.CINPlanEndDate);
        }),
      ],
    ]);
  },
});
