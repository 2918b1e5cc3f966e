import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A respite (V3/V4) episode cannot be a long-term foster placement (U1 or U4). */
export const rule384 = defineRule({
  code: '384',
  message: 'A child receiving respite care cannot be in a long-term foster placement ',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => ['V3', 'V4'].includes(r.LS ?? '') && ['U1', 'U4'].includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
