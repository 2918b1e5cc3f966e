import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** An episode whose DEC cell equals its DECOM cell (compared as text, as the reference does) lasted under a day. */
export const rule355 = defineRule({
  code: '355',
  message: 'Episode appears to have lasted for less than 24 hours',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      ['Episodes', rowsWhere(table(data, 'Episodes')!, (r) => (r.DECOM ?? '') === (r.DEC ?? ''))],
    ]);
  },
});
