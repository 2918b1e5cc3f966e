import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { blankE, dateE } from './helpers-e.ts';

/** A CIN closure date without a reason for closure. */
export const rule8805 = defineCinRule({
  code: '8805',
  message: 'A CIN case cannot have a CIN closure date without a Reason for Closure',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    const episodes = cinTable(data, 'CINdetails');
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(episodes, (r) => dateE(r.CINclosureDate) !== null && blankE(r.ReasonForClosure)),
      ],
    ]);
  },
});
