import { defineRule, failures, table } from '../rule.ts';
import { byChildThenStart, filled } from './helpers-a.ts';

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];

/**
 * A temporary placement (T0 to T4) must have no REASON_PLACE_CHANGE, and nor must the child's previous
 * episode (by DECOM). An episode with a blank CHILD has no previous episode, as the reference validator's
 * groupby('CHILD') leaves such rows out.
 */
export const rule226 = defineRule({
  code: '226',
  message: 'Reason for placement change is not required for temporary placements.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const rows = table(data, 'Episodes')!;
    const order = byChildThenStart(rows);
    const failed: number[] = [];
    order.forEach((index, i) => {
      const e = rows[index]!;
      const prev = i > 0 ? rows[order[i - 1]!]! : undefined;
      const prevReason =
        prev !== undefined && !!e.CHILD && prev.CHILD === e.CHILD && filled(prev.REASON_PLACE_CHANGE);
      if (TEMPORARY.includes(e.PLACE ?? '') && (filled(e.REASON_PLACE_CHANGE) || prevReason))
        failed.push(index);
    });
    return failures([['Episodes', failed]]);
  },
});
