import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/**
 * A missing period still open at the end of last year (MIS_END blank, MIS_START a date) must be the child's
 * first missing period this year: the child's earliest MIS_START this year (a blank or bad start counting as
 * latest) must equal last year's open start, else that row is flagged.
 */
export const rule576 = defineRule({
  code: '576',
  message:
    'There is an open missing/away from placement without authorisation period in last year’s return and there is no corresponding period recorded at the start of this year.',
  type: 'error',
  tables: ['Missing', 'Missing_last'],
  validate(data) {
    const openLast = byChild(table(data, 'Missing_last')!.filter((r) => blank(r.MIS_END)));
    const FAR = '2099-01-01';
    const failed: number[] = [];
    byChild(table(data, 'Missing')!).forEach((rows, child) => {
      // The reference finds each child's first period with pandas' groupby, which leaves out a blank CHILD.
      if (child === '') return;
      let first = rows[0]!;
      for (const r of rows) {
        if ((date(r.row.MIS_START) ?? FAR) < (date(first.row.MIS_START) ?? FAR)) first = r;
      }
      const start = date(first.row.MIS_START) ?? FAR;
      const mismatch = (openLast.get(child) ?? []).some((l) => {
        const lastStart = date(l.row.MIS_START);
        return lastStart !== null && lastStart !== start;
      });
      if (mismatch) failed.push(first.index);
    });
    return failures([['Missing', failed]]);
  },
});
