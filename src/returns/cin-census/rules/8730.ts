import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/**
 * A child protection plan whose number of previous plans is missing or below zero. The number is read as the
 * reference validator reads it (a whole number, signed or not: "-0" is zero, "+2" is two). A value that is
 * not a whole number ("x", "1.5") is flagged too: the reference's conversion fails on it and the rule reports
 * nothing for the whole file, but the DfE rule asks for a number of zero or more, which such a value is not.
 */
export const rule8730 = defineCinRule({
  code: '8730',
  message: 'Total Number of previous Child Protection Plans missing',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    return cinFailures([
      [
        'ChildProtectionPlans',
        rowsWhereCin(plans, (r) => {
          const n = cellE(r, 'NumberOfPreviousCPP');
          return !/^[+-]?\d+$/.test(n) || /^-0*[1-9]/.test(n);
        }),
      ],
    ]);
  },
});
