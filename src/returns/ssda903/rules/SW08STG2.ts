import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { byDate, filled, stableSort } from './helpers-c.ts';

/**
 * Every social worker episode of a child other than the last (in SW_DECOM order, blank or bad dates last)
 * must have ended: flags those with a valid SW_DECOM and no valid SW_DEC. Rows without a CHILD are ignored.
 */
export const ruleSW08STG2 = defineRule({
  code: 'SW08STG2',
  message: 'A new social worker episode has started, but the previous episode has not ended.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const failed: number[] = [];
    for (const [child, rows] of byChild(table(data, 'SWEpisodes')!)) {
      if (!filled(child)) continue;
      const sorted = stableSort(rows, [byDate('SW_DECOM')]);
      for (const r of sorted.slice(0, -1)) {
        if (date(r.row.SW_DECOM) !== null && date(r.row.SW_DEC) === null) failed.push(r.index);
      }
    }
    return failures([['SWEpisodes', failed]]);
  },
});
