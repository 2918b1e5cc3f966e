import { date, defineRule, failures, table } from '../rule.ts';
import { extremeByChild, indexByChild } from './helpers-b.ts';

/**
 * When last year's episodes include an open one (blank DEC), the child's first episode this year (earliest
 * DECOM) must start on that episode's DECOM. A blank CHILD is no child's (extremeByChild leaves it out).
 */
export const rule502 = defineRule({
  code: '502',
  message:
    "Last year's record ended with an open episode. The date on which that episode started does not match the start date of the first episode on this year’s record.",
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  validate(data) {
    const last = indexByChild(table(data, 'Episodes_last')!);
    const failed: number[] = [];
    for (const [child, first] of extremeByChild(table(data, 'Episodes')!, 'DECOM', 'min')) {
      const open = (last.get(child) ?? []).filter((l) => !l.row.DEC);
      if (open.some((l) => date(l.row.DECOM) !== first.date)) failed.push(first.index);
    }
    return failures([['Episodes', failed]]);
  },
});
