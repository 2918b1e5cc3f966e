import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { cellE } from './helpers-e.ts';

/** A 13-character UPN whose 13th character is not a digit or a letter A-Z other than I, O and S. */
export const rule1550 = defineCinRule({
  code: '1550',
  message: 'UPN invalid (character 13 not a recognised value)',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const children = cinTable(data, 'ChildIdentifiers');
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(children, (r) => {
          const upn = cellE(r, 'UPN');
          return upn.length === 13 && !/^[0-9A-HJ-NP-RT-Z]$/.test(upn.charAt(12));
        }),
      ],
    ]);
  },
});
