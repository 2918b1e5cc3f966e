import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, dateE, episodeKeyE, joinE } from './helpers-e.ts';

/**
 * An open child protection plan (no end date) in an episode that also has an open CIN plan (a start date
 * and no end date). Both are flagged. As the reference reads the dates, an end date that is not a date is
 * no end date, and a CIN plan without a start date is not compared.
 */
export const rule4001 = defineCinRule({
  code: '4001',
  message: 'A CIN Plan cannot run concurrently with a Child Protection Plan',
  type: 'error',
  tables: ['CINplanDates', 'ChildProtectionPlans'],
  validate(data) {
    const cpps = cinTable(data, 'ChildProtectionPlans');
    const plans = cinTable(data, 'CINplanDates');
    const planRows = joinE(plans, episodeKeyE);
    const failures = new FailuresE();
    cpps.forEach((cpp, i) => {
      if (dateE(cpp.CPPendDate) !== null) return;
      for (const p of planRows(cpp)) {
        const plan = plans[p];
        if (dateE(plan?.CINPlanStartDate) !== null && dateE(plan?.CINPlanEndDate) === null) {
          failures.add('ChildProtectionPlans', i);
          failures.add('CINplanDates', p);
        }
      }
    });
    return failures.result();
  },
});
