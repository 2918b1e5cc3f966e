import { pandasOrder } from '../pandas.ts';
import { date, defineRule, failures, table } from '../rule.ts';
import type { Row } from '../spec.ts';
import { filled } from './helpers-c.ts';

/**
 * Every social worker episode of a child other than the last (in SW_DECOM order, blank or bad dates last)
 * must have ended: flags those with a valid SW_DECOM and no valid SW_DEC. Rows without a CHILD are ignored.
 * As in the reference validator: a start of 1 January 1901 counts as blank (it fills blank starts with that
 * date and then blanks every start equal to it), and the order is that of pandas' sort of the whole table
 * (pandasOrder), so of two episodes of a child starting on the same day the last is the last in file order
 * in a table of up to 16 rows, but not always in a longer one.
 */
export const ruleSW08STG2 = defineRule({
  code: 'SW08STG2',
  message: 'A new social worker episode has started, but the previous episode has not ended.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    const starts = rows.map(start);
    const last = new Map<string, number>();
    for (const i of pandasOrder(starts)) if (filled(rows[i]!.CHILD)) last.set(rows[i]!.CHILD!, i);
    const failed: number[] = [];
    rows.forEach((r, i) => {
      if (!filled(r.CHILD) || last.get(r.CHILD!) === i) return;
      if (starts[i] !== null && date(r.SW_DEC) === null) failed.push(i);
    });
    return failures([['SWEpisodes', failed]]);
  },
});

/** SW_DECOM as 'YYYY-MM-DD', or null when blank, not a date, or 1 January 1901 (see above). */
function start(row: Row): string | null {
  const d = date(row.SW_DECOM);
  return d === '1901-01-01' ? null : d;
}
