import { defineRule, failures, table } from '../rule.ts';
import { blank, byChildThenStart } from './helpers-a.ts';

const TEMPORARY = ['T0', 'T1', 'T2', 'T3', 'T4'];

/**
 * An episode ending with REC X1 and followed (the child's next episode by DECOM) by a change of placement
 * (RNE P, B, T or U), where neither placement is temporary (T0 to T4), must have a REASON_PLACE_CHANGE.
 * Episodes with a blank CHILD are never paired, as the reference validator's CHILD == CHILD_NEXT is false
 * for them.
 */
export const rule225 = defineRule({
  code: '225',
  message: 'Reason for placement change must be recorded.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const rows = table(data, 'Episodes')!;
    const order = byChildThenStart(rows);
    const failed: number[] = [];
    for (let i = 0; i + 1 < order.length; i++) {
      const e = rows[order[i]!]!;
      const next = rows[order[i + 1]!]!;
      if (
        !!e.CHILD &&
        e.CHILD === next.CHILD &&
        e.REC === 'X1' &&
        blank(e.REASON_PLACE_CHANGE) &&
        !TEMPORARY.includes(e.PLACE ?? '') &&
        ['P', 'B', 'T', 'U'].includes(next.RNE ?? '') &&
        !TEMPORARY.includes(next.PLACE ?? '')
      ) {
        failed.push(order[i]!);
      }
    }
    return failures([['Episodes', failed]]);
  },
});
