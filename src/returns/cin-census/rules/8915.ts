import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, joinE } from './helpers-e.ts';

/** A child protection plan starting after the child's date of death. */
export const rule8915 = defineCinRule({
  code: '8915',
  message: 'Child Protection Plan shown as starting after the child’s Date of Death',
  type: 'error',
  tables: ['ChildProtectionPlans', 'ChildIdentifiers'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const children = cinTable(data, 'ChildIdentifiers');
    const childRows = joinE(children, childKeyE);
    const failures = new FailuresE();
    plans.forEach((plan, i) => {
      const start = dateE(plan.CPPstartDate);
      if (start === null) return;
      for (const c of childRows(plan)) {
        const death = dateE(children[c]?.PersonDeathDate);
        if (death !== null && start > death) {
          failures.add('ChildProtectionPlans', i);
          failures.add('ChildIdentifiers', c);
        }
      }
    });
    return failures.result();
  },
});
