import { date, defineRule, failures, table } from '../rule.ts';
import { blank, byChildId, byDate, indexed, stableSort } from './helpers-c.ts';

/**
 * Missing periods of a child, in order of end date (the start date standing in for a blank end) then start
 * date: a period is flagged when the one before it has no end date, or it starts before that one ended.
 */
export const rule574 = defineRule({
  code: '574',
  message:
    'A new missing/away from placement without authorisation period cannot start when the previous missing/away from placement without authorisation period is still open. Missing/away from placement without authorisation periods should also not overlap.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const sorted = stableSort(indexed(table(data, 'Missing')!), [
      byChildId,
      (r) => date(r.row.MIS_END) ?? date(r.row.MIS_START),
      byDate('MIS_START'),
    ]);
    const failed: number[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      // A blank CHILD is pandas' NaN in the reference, which equals nothing, itself included.
      if (prev.row.CHILD !== cur.row.CHILD || blank(cur.row.CHILD)) continue;
      const prevEnd = date(prev.row.MIS_END);
      const start = date(cur.row.MIS_START);
      if (prevEnd === null || (start !== null && start < prevEnd)) failed.push(cur.index);
    }
    return failures([['Missing', failed]]);
  },
});
