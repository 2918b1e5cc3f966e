import { daysBetween } from '../../../domain/dates.ts';
import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * As the reference validator checks it: an episode whose end (SW_DEC) is less than three days after its
 * start (SW_DECOM), including ends before starts. Rows where either date is blank or bad are not checked.
 */
export const ruleSW09STG2 = defineRule({
  code: 'SW09STG2',
  message: 'Social worker episode appears to have lasted for less than 24 hours.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([
      [
        'SWEpisodes',
        rowsWhere(rows, (r) => {
          const start = date(r.SW_DECOM);
          const end = date(r.SW_DEC);
          return start !== null && end !== null && daysBetween(start, end) < 3;
        }),
      ],
    ]);
  },
});
