import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { birthday } from './helpers-b.ts';

/**
 * The child must not be over 25 at the collection start: fails when the collection start is after the 25th
 * birthday (DOB + 25 years, 29 February to 28 February).
 */
export const rule351 = defineRule({
  code: '351',
  message: 'Child was over 25 at the start of the current collection year.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) => {
          const b = birthday(r.DOB, 25);
          return b !== null && data.collectionStart > b;
        }),
      ],
    ]);
  },
});
