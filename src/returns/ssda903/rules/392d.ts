import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * Home and placement postcodes must differ unless the placement is P1. Blank postcodes are not compared
 * (as pandas, where blank never equals blank).
 */
export const rule392d = defineRule({
  code: '392d',
  message: 'Home and placement postcodes should not be same unless the placement type is P1.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => r.PLACE !== 'P1' && !!r.HOME_POST && r.HOME_POST === r.PL_POST,
        ),
      ],
    ]);
  },
});
