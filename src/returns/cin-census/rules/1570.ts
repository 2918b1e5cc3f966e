import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';

/** An LA child ID longer than 20 characters. */
export const rule1570 = defineCinRule({
  code: '1570',
  message: 'LA Child ID must not be longer than 20 characters',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      ['ChildIdentifiers', rowsWhereCin(children, (r) => (r.LAchildID ?? '').length > 20)],
    ]);
  },
});
