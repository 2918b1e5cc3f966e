import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { filled } from './helpers-c.ts';

/**
 * The child's latest social worker episode (latest SW_DECOM; the first such in file order; a child with no
 * valid SW_DECOM is judged on its first row) must still be open: flags it when SW_DEC is completed.
 */
export const ruleSW17STG2 = defineRule({
  code: 'SW17STG2',
  message: 'There is no social worker episode open at 31 March',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const failed: number[] = [];
    for (const rows of byChild(table(data, 'SWEpisodes')!).values()) {
      let latest = rows[0]!;
      for (const r of rows) {
        const d = date(r.row.SW_DECOM);
        const best = date(latest.row.SW_DECOM);
        if (d !== null && (best === null || d > best)) latest = r;
      }
      if (filled(latest.row.SW_DEC)) failed.push(latest.index);
    }
    return failures([['SWEpisodes', failed]]);
  },
});
