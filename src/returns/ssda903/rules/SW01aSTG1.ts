import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/**
 * Each social worker episode needs a valid start date (SW_DECOM); one starting before 1 April 2023 needs the
 * social worker's ID (SW_ID) too.
 */
export const ruleSW01aSTG1 = defineRule({
  code: 'SW01aSTG1',
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
          return start === null || (start < '2023-04-01' && blank(r.SW_ID));
        }),
      ],
    ]);
  },
});
