import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { cellE, groupE } from './helpers-e.ts';

/**
 * The same UPN on more than one child: every child row sharing a UPN is flagged, as the reference validator
 * reports it (each duplicated row of ChildIdentifiers); blank UPNs are not compared.
 */
export const rule1520 = defineCinRule({
  code: '1520',
  message: 'More than one record with the same UPN.',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    const groups = groupE(children, (r) => cellE(r, 'UPN'));
    groups.delete('');
    const duplicated = [...groups.values()].filter((g) => g.length > 1).flat();
    return cinFailures([['ChildIdentifiers', duplicated]]);
  },
});
