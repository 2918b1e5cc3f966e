import { PREV_PERM, isCode } from '../../../domain/codes.ts';
import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-c.ts';

/** PREV_PERM, when completed, must be P1, P2, P3, P4 or Z1. */
export const rule631 = defineRule({
  code: '631',
  message: 'Previous permanence option not a valid value.',
  type: 'error',
  tables: ['PrevPerm'],
  validate(data) {
    const rows = table(data, 'PrevPerm')!;
    return failures([
      ['PrevPerm', rowsWhere(rows, (r) => filled(r.PREV_PERM) && !isCode(PREV_PERM, r.PREV_PERM))],
    ]);
  },
});
