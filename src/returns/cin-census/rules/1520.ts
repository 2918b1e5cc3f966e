import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { cellE, groupE } from './helpers-e.ts';

/**
 * The same UPN on more than one child. The reference reports this at LA level, so it is flagged on the
 * Header, row 0 (blank UPNs are not compared).
 */
export const rule1520 = defineCinRule({
  code: '1520',
  message: 'More than one record with the same UPN.',
  type: 'error',
  tables: ['ChildIdentifiers', 'Header'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    const groups = groupE(children, (r) => cellE(r, 'UPN'));
    groups.delete('');
    const duplicated = [...groups.values()].some((g) => g.length > 1);
    return cinFailures([['Header', duplicated ? [0] : []]]);
  },
});
