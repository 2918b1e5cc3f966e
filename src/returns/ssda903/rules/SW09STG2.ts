import { dayFirstTime } from '../pandas.ts';
import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * An episode whose end (SW_DEC) is less than three days after its start (SW_DECOM), including ends before
 * starts, as the reference validator checks it. Rows where either date is blank or not a date are not
 * checked. Unlike most rules, the reference's 2025/26 version reads these two dates without a fixed format
 * (pandas' to_datetime with dayfirst=True), so it also takes '2025-04-01', '1/4/25', '01-APR-2025',
 * ' 01/04/2025' and dates with a time of day: they are read here as it reads them (dayFirstTime), times
 * included, so an episode from 1 April at noon to 4 April at midnight has lasted under three days.
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
          const start = dayFirstTime(r.SW_DECOM);
          const end = dayFirstTime(r.SW_DEC);
          return start !== null && end !== null && end - start < 3 * DAY;
        }),
      ],
    ]);
  },
});

const DAY = 86_400_000;
