import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/**
 * Each social worker episode needs a valid start date (SW_DECOM); one starting on or after 1 April 2023
 * needs the social worker's ID (SW_ID) and the reason for the change (SW_REASON) too.
 */
export const ruleSW01bSTG1 = defineRule({
  code: 'SW01bSTG1',
  message: 'For each social worker episode, information should be complete',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([
      [
        'SWEpisodes',
        rowsWhere(rows, (r) => {
          const start = date(r.SW_DECOM);
          return start === null || (start >= '2023-04-01' && (blank(r.SW_ID) || blank(r.SW_REASON)));
        }),
      ],
    ]);
  },
});
