import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, joinE } from './helpers-e.ts';

/**
 * A child protection plan starting within one of the child's CIN plans: on or after its start and before
 * its end, or on or before the reference date when it has no end. Both rows are flagged.
 */
export const rule4017 = defineCinRule({
  code: '4017',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  type: 'error',
  tables: ['ChildProtectionPlans', 'CINplanDates'],
  validate(data) {
    const cpps = cinTable(data, 'ChildProtectionPlans');
    const plans = cinTable(data, 'CINplanDates');
    const planRows = joinE(plans, childKeyE);
    const failures = new FailuresE();
    cpps.forEach((cpp, i) => {
      const start = dateE(cpp.CPPstartDate);
      if (start === null) return;
      for (const p of planRows(cpp)) {
        const planStart = dateE(plans[p]?.CINPlanStartDate);
        const planEnd = dateE(plans[p]?.CINPlanEndDate);
        if (planStart === null || start < planStart) continue;
        if (planEnd !== null ? start < planEnd : start <= data.referenceDate) {
          failures.add('ChildProtectionPlans', i);
          failures.add('CINplanDates', p);
        }
      }
    });
    return failures.result();
  },
});
