import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/** Short-break episodes (LS V3 or V4) must have no PL_POST and no URN. */
export const rule214 = defineRule({
  code: '214',
  message: 'Placement location information not required.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) => ['V3', 'V4'].includes(r.LS ?? '') && (filled(r.PL_POST) || filled(r.URN)),
        ),
      ],
    ]);
  },
});
