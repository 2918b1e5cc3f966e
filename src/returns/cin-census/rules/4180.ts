import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

const SEXES = new Set(['M', 'F', 'U']);

/** Sex missing or not M, F or U. */
export const rule4180 = defineCinRule({
  code: '4180',
  message: 'Sex must be provided and equal M, F, or U',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([['ChildIdentifiers', rowsWhereCin(children, (r) => !SEXES.has(cellE(r, 'Sex')))]]);
  },
});
