import { cinDate, cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/** A child protection plan must not start and end on the same day. */
export const rule8840 = defineCinRule({
  code: '8840',
  message: 'Child Protection Plan cannot start and end on the same day',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(plans, (r) => {
          const start = cinDate(r.CPPstartDate);
          return start !== null && start === cinDate(r.CPPendDate);
        }),
      ],
    ]);
  },
});
