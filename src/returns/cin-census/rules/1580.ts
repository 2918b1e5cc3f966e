import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/** An LA child ID containing anything other than letters and digits. */
export const rule1580 = defineCinRule({
  code: '1580',
  message: 'LA Child ID must not contain any non-alphanumeric characters',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      ['ChildIdentifiers', rowsWhereCin(children, (r) => !/^[\p{L}\p{N}]*$/u.test(r.LAchildID ?? ''))],
    ]);
  },
});
