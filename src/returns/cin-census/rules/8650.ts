import { isCode, PRIMARY_NEED } from '../../../domain/codes.ts';
import { cinFailures, cinTable, defineCinRule, rowsWhereCin } from '../rule.ts';
import { present } from './helpers-d.ts';

/** A primary need code, where present, must be a valid code (N0-N9). */
export const rule8650 = defineCinRule({
  code: '8650',
  message: 'Primary Need Code invalid (see Primary Need table in CIN census code set)',
  type: 'error',
  tables: ['CINdetails'],
  validate(data) {
    return cinFailures([
      [
        'CINdetails',
        rowsWhereCin(cinTable(data, 'CINdetails'), (r) => {
          const code = (r.PrimaryNeedCode ?? '').trim();
          return present(code) && !isCode(PRIMARY_NEED, code);
        }),
      ],
    ]);
  },
});
