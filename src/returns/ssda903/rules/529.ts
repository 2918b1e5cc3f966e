import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const PLACES = new Set(['A3', 'A4', 'A5', 'A6', 'K1', 'K2', 'P1', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6']);

/** Placement provider PR3 cannot be recorded with placements A3, A4, A5, A6, K1, K2, P1, U1, U2, U3, U4, U5, U6. */
export const rule529 = defineRule({
  code: '529',
  message:
    'Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1 to U6 as these placements cannot be provided by other public organisations.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => r.PLACE_PROVIDER === 'PR3' && PLACES.has(r.PLACE ?? '')),
      ],
    ]);
  },
});
