import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Placement provider PR0 (parents or others with PR) may only be recorded with placement P1. */
export const rule550 = defineRule({
  code: '550',
  message: 'A placement provider code of PR0 can only be associated with placement P1.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => r.PLACE_PROVIDER === 'PR0' && r.PLACE !== 'P1'),
      ],
    ]);
  },
});
