import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { dateOf } from './helpers-d.ts';

/** Each child protection plan review should have a valid date. */
export const rule8842Q = defineCinRule({
  code: '8842Q',
  message: 'Please check and either amend or provide a reason: Review Record has a missing date',
  type: 'query',
  tables: ['Reviews'],
  validate(data) {
    return cinFailures([
      ['Reviews', rowsWhereCin(cinTable(data, 'Reviews'), (r) => dateOf(r, 'CPPreviewDate') === null)],
    ]);
  },
});
