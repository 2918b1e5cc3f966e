import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { present } from './helpers-d.ts';

/**
 * A UPN's characters 5 to 12 must all be digits. As the reference validator reads it, a UPN of four
 * characters or fewer fails too: it has no characters 5 to 12, and an empty text is not digits.
 */
export const rule1540 = defineCinRule({
  code: '1540',
  message: 'UPN invalid (characters 5-12 not all numeric)',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cinFailures([
      [
        'ChildIdentifiers',
        rowsWhereCin(
          cinTable(data, 'ChildIdentifiers'),
          (r) => present(r.UPN) && !/^\d+$/.test((r.UPN ?? '').trim().slice(4, 12)),
        ),
      ],
    ]);
  },
});
