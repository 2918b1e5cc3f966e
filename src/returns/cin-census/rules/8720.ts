import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { blankE, dateE } from './helpers-e.ts';

/** A child protection plan (one with a CPPID) whose start date is missing or after the reference date. */
export const rule8720 = defineCinRule({
  code: '8720',
  message: 'Child Protection Plan Start Date missing or out of data collection period',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(plans, (r) => {
          if (blankE(r.CPPID)) return false;
          const start = dateE(r.CPPstartDate);
          return start === null || start > data.referenceDate;
        }),
      ],
    ]);
  },
});
