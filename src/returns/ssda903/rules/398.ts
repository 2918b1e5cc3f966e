import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * A short-break episode (V3/V4) must not have postcodes (HOME_POST or PL_POST), from which the placement
 * distance is derived; as the reference validator, the postcodes themselves are tested.
 */
export const rule398 = defineRule({
  code: '398',
  message: 'Distance field completed but child looked after under legal status V3 or V4.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => ['V3', 'V4'].includes(r.LS ?? '') && !!(r.HOME_POST || r.PL_POST),
        ),
      ],
    ]);
  },
});
