import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/** A child protection plan whose number of previous plans is missing or not a whole number of zero or more. */
export const rule8730 = defineCinRule({
  code: '8730',
  message: 'Total Number of previous Child Protection Plans missing',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    return cinFailures([
      ['ChildProtectionPlans', rowsWhereCin(plans, (r) => !/^\+?\d+$/.test(cellE(r, 'NumberOfPreviousCPP')))],
    ]);
  },
});
