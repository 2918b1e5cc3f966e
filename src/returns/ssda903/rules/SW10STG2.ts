import { addDays } from '../../../domain/dates.ts';
import { date, defineRule, failures, table } from '../rule.ts';
import { blank, byChildId, byDate, indexed, stableSort } from './helpers-c.ts';

/**
 * A child's social worker episodes in order of SW_DECOM then SW_DEC: unless its reason is FCONTA, each
 * episode after the first must start within 7 days either side of the previous episode's end. A blank or
 * bad start, or a previous episode without an end, fails, as in the reference validator. The reference finds
 * each episode's previous one by shifting the sorted rows down one and matching on CHILD, and a blank CHILD
 * matches the blank row the shift puts before the first: so when the first row in the order has a blank
 * CHILD (only when no row names a child, blanks sorting last), it too fails unless its reason is FCONTA.
 */
export const ruleSW10STG2 = defineRule({
  code: 'SW10STG2',
  message:
    'A new social worker episode has started before the end date of the previous social worker episode.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const sorted = stableSort(indexed(table(data, 'SWEpisodes')!), [
      byChildId,
      byDate('SW_DECOM'),
      byDate('SW_DEC'),
    ]);
    const failed: number[] = [];
    const first = sorted[0];
    if (first && blank(first.row.CHILD) && first.row.SW_REASON !== 'FCONTA') failed.push(first.index);
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (prev.row.CHILD !== cur.row.CHILD || cur.row.SW_REASON === 'FCONTA') continue;
      const start = date(cur.row.SW_DECOM);
      const prevEnd = date(prev.row.SW_DEC);
      if (start === null || prevEnd === null || start < addDays(prevEnd, -7) || start > addDays(prevEnd, 7)) {
        failed.push(cur.index);
      }
    }
    return failures([['SWEpisodes', failed]]);
  },
});
