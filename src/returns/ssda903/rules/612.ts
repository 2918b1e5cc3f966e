import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/** A girl (SEX F) with MC_DOB completed must be recorded as a mother (MOTHER not 0 or blank). */
export const rule612 = defineRule({
  code: '612',
  message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const rows = table(data, 'Header')!;
    return failures([
      [
        'Header',
        rowsWhere(rows, (r) => (r.MOTHER === '0' || blank(r.MOTHER)) && r.SEX === 'F' && filled(r.MC_DOB)),
      ],
    ]);
  },
});
