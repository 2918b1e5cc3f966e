import { dayFirstTime, pandasOrder } from '../pandas.ts';
import { defineRule, failures, table } from '../rule.ts';
import { filled } from './helpers-c.ts';

/**
 * The child's latest social worker episode (latest SW_DECOM) must still be open: flags it when SW_DEC is
 * completed. As in the reference's 2025/26 version, SW_DECOM is read without a fixed format, as pandas'
 * to_datetime with dayfirst=True reads it (dayFirstTime: ISO dates, two-digit years, month names and times
 * of day are dates there, and a later time on the same day is the later episode); a child with no start
 * that is a date is judged on its first row. Among episodes starting at the same moment the one taken is
 * the one pandas' sort puts first (pandasOrder), which is the first in file order in a table of up to 16
 * rows but not always in a longer one.
 */
export const ruleSW17STG2 = defineRule({
  code: 'SW17STG2',
  message: 'There is no social worker episode open at 31 March',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    const order = pandasOrder(
      rows.map((r) => dayFirstTime(r.SW_DECOM)),
      false,
    );
    const seen = new Set<string>();
    const failed: number[] = [];
    for (const i of order) {
      const row = rows[i]!;
      const child = row.CHILD ?? '';
      if (seen.has(child)) continue;
      seen.add(child);
      if (filled(row.SW_DEC)) failed.push(i);
    }
    return failures([['SWEpisodes', failed]]);
  },
});
