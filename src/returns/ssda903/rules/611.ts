import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/** A mother (MOTHER 1) needs the date of birth of her first child (MC_DOB). */
export const rule611 = defineRule({
  code: '611',
  message: 'Date of birth field is blank, but child is a mother.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const rows = table(data, 'Header')!;
    return failures([['Header', rowsWhere(rows, (r) => r.MOTHER === '1' && blank(r.MC_DOB))]]);
  },
});
