import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A respite (V3/V4) episode cannot be a temporary placement (T0-T4). */
export const rule382 = defineRule({
  code: '382',
  message: 'A child receiving respite care cannot be in a temporary placement.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => ['V3', 'V4'].includes(r.LS ?? '') && ['T0', 'T1', 'T2', 'T3', 'T4'].includes(r.PLACE ?? ''),
        ),
      ],
    ]);
  },
});
