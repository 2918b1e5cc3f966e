import { SW_REASON, isCode } from '../../../domain/codes.ts';
import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank, byDate, stableSort } from './helpers-c.ts';

/**
 * SW_REASON must be a valid reason code. As in the reference validator, one episode per child may leave it
 * blank: the episode open at the start of the collection year (the latest starting before 1 April, if it had
 * not ended before then), or else the child's first episode starting in the year.
 */
export const ruleSW13STG1 = defineRule({
  code: 'SW13STG1',
  message: 'The reason for social worker change is not valid.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const start = data.collectionStart;
    const allowed = new Set<number>();
    for (const rows of byChild(table(data, 'SWEpisodes')!).values()) {
      const sorted = stableSort(rows, [byDate('SW_DECOM')]);
      const before = sorted.filter((r) => {
        const d = date(r.row.SW_DECOM);
        return d !== null && d < start;
      });
      const lastBefore = before.at(-1);
      const end = lastBefore ? date(lastBefore.row.SW_DEC) : null;
      const openAtStart = lastBefore && (end === null || end >= start) ? lastBefore : undefined;
      const firstThis = sorted.find((r) => {
        const d = date(r.row.SW_DECOM);
        return d !== null && d >= start;
      });
      const first = openAtStart ?? firstThis;
      if (first && blank(first.row.SW_REASON)) allowed.add(first.index);
    }
    const failed: number[] = [];
    table(data, 'SWEpisodes')!.forEach((r, i) => {
      if (!isCode(SW_REASON, r.SW_REASON) && !allowed.has(i)) failed.push(i);
    });
    return failures([['SWEpisodes', failed]]);
  },
});
