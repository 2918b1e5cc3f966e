import { upnCheckLetter } from '../../../domain/identifiers.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { present } from './helpers-d.ts';

/**
 * A UPN's first character must be the check letter of the other twelve (weighted mod-23 sum). As the
 * reference, only 13-character UPNs whose last 12 characters are digits are checked: temporary UPNs and
 * malformed ones are left to the format rules (1520, 1530, 1540).
 */
export const rule1510 = defineCinRule({
  code: '1510',
  message: 'UPN invalid (wrong check letter at character 1)',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(cinTable(data, 'ChildIdentifiers'), (r) => {
          if (!present(r.UPN)) return false;
          const upn = (r.UPN ?? '').trim();
          if (!/^.\d{12}$/.test(upn)) return false;
          return upn[0] !== upnCheckLetter(upn.slice(1));
        }),
      ],
    ]);
  },
});
