import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank, filled } from './helpers-a.ts';

/**
 * The DfE's condition: a DoLO must not start before the child's previous DoLO started, and the previous
 * DoLO must have an end date. The previous DoLO is the child's row before it in the file; rows with a
 * blank DOLO_START take no part, and dates that are not valid are not compared (rules 700 and 701 flag
 * them). The later row fails.
 *
 * The reference validator orders a child's DoLOs by end date, latest first and open ones last, and pairs
 * each with the next: on its own examples that flags the same rows as this, but it also flags a closed
 * DoLO of a child whose next DoLO, started after it ended, is still open; and it compares the dates as
 * DD/MM/YYYY text.
 */
export const rule705 = defineRule({
  code: '705',
  message: 'A DoLO cannot start when the previous DoLO is still open.',
  type: 'error',
  tables: ['DoLo'],
  validate(data) {
    const failed: number[] = [];
    for (const dolos of byChild(table(data, 'DoLo')!).values()) {
      const started = dolos.filter(({ row }) => filled(row.DOLO_START));
      for (let i = 1; i < started.length; i++) {
        const previous = started[i - 1]!.row;
        const { row, index } = started[i]!;
        const start = date(row.DOLO_START);
        const previousStart = date(previous.DOLO_START);
        const startsEarlier = start !== null && previousStart !== null && start < previousStart;
        if (blank(previous.DOLO_END) || startsEarlier) failed.push(index);
      }
    }
    return failures([['DoLo', failed]]);
  },
});
