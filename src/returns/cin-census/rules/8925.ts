import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateE } from './helpers-e.ts';

/** A child protection plan that ends before it starts. */
export const rule8925 = defineCinRule({
  code: '8925',
  message: 'Child Protection Plan End Date earlier than Start Date',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(plans, (r) => {
          const start = dateE(r.CPPstartDate);
          const end = dateE(r.CPPendDate);
          return start !== null && end !== null && end < start;
        }),
      ],
    ]);
  },
});
