import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { uascIfKnown } from './helpers-ref.ts';

/**
 * An episode not under V3/V4 must have both HOME_POST and PL_POST, unless the child is known to be or to
 * have been UASC (`uascIfKnown`; when no year tells, every such episode is checked).
 */
export const rule392b = defineRule({
  code: '392b',
  message:
    'Child is looked after but no postcodes are recorded. [NOTE: This check may result in false positives for children formerly UASC, particularly if current & prior year UASC data not loaded]',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const uasc = uascIfKnown(data) ?? new Set<string>();
    return failures([
      [
        'Episodes',
        rowsWhere(
          table(data, 'Episodes')!,
          (r) =>
            !uasc.has(r.CHILD ?? '') && !['V3', 'V4'].includes(r.LS ?? '') && (!r.HOME_POST || !r.PL_POST),
        ),
      ],
    ]);
  },
});
