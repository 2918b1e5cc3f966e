import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, joinE } from './helpers-e.ts';

/**
 * A CIN plan starting within one of the child's protection plans: on or after its start and before its
 * end, or on or before the reference date when it has no end. Both rows are flagged.
 */
export const rule4016 = defineCinRule({
  code: '4016',
  message: 'A CIN Plan has been reported as open at the same time as a Child Protection Plan.',
  type: 'error',
  tables: ['CINplanDates', 'ChildProtectionPlans'],
  validate(data) {
    const cpps = cinTable(data, 'ChildProtectionPlans');
    const plans = cinTable(data, 'CINplanDates');
    const cppRows = joinE(cpps, childKeyE);
    const failures = new FailuresE();
    plans.forEach((plan, i) => {
      const start = dateE(plan.CINPlanStartDate);
      if (start === null) return;
      for (const c of cppRows(plan)) {
        const cppStart = dateE(cpps[c]?.CPPstartDate);
        const cppEnd = dateE(cpps[c]?.CPPendDate);
        if (cppStart === null || start < cppStart) continue;
        if (cppEnd !== null ? start < cppEnd : start <= data.referenceDate) {
          failures.add('CINplanDates', i);
          failures.add('ChildProtectionPlans', c);
        }
      }
    });
    return failures.result();
  },
});
