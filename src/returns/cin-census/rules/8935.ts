import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { blankE, childKeyE, groupE } from './helpers-e.ts';

/** More than one child protection plan with no end date for the same child: every open plan is flagged. */
export const rule8935 = defineCinRule({
  code: '8935',
  message: 'This child is showing more than one open Child Protection plan, i.e. with no End Date',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const open = groupE(plans, (r) => (blankE(r.CPPendDate) ? childKeyE(r) : '\u0001closed'));
    open.delete('\u0001closed');
    const failing = [...open.values()].filter((g) => g.length > 1).flat();
    return cinFailures([['ChildProtectionPlans', failing]]);
  },
});
