import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { blankE } from './helpers-e.ts';

/** A child with no LA child ID. */
export const rule8500 = defineCinRule({
  code: '8500',
  message: 'LA Child ID missing',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([['ChildIdentifiers', rowsWhereCin(children, (r) => blankE(r.LAchildID))]]);
  },
});
