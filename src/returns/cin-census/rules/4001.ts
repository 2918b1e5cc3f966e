import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, blankE, episodeKeyE, joinE } from './helpers-e.ts';

/** An open child protection plan (no end date) in an episode that also has an open CIN plan. Both are flagged. */
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
      if (!blankE(cpp.CPPendDate)) return;
      for (const p of planRows(cpp)) {
        if (blankE(plans[p]?.CINPlanEndDate)) {
          failures.add('ChildProtectionPlans', i);
          failures.add('CINplanDates', p);
        }
      }
    });
    return failures.result();
  },
});
