import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A placement for adoption with a placement order (A5/A6) must be under legal status E1. */
export const rule408 = defineRule({
  code: '408',
  message: 'Child is placed for adoption with a placement order, but no placement order has been recorded.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => ['A5', 'A6'].includes(r.PLACE ?? '') && r.LS !== 'E1'),
      ],
    ]);
  },
});
