import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf, present } from './helpers-d.ts';

/** A reason for closure needs a closure date (one that is not a date counts as missing, as the reference reads it). */
export const rule8810 = defineCinRule({
  code: '8810',
  message: 'A CIN case cannot have a Reason for Closure without a CIN Closure Date',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(
          cinTable(data, 'CINdetails'),
          (r) => present(r.ReasonForClosure) && dateOf(r, 'CINclosureDate') === null,
        ),
      ],
    ]);
  },
});
