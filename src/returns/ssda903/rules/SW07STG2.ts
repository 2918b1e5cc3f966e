import { addDays } from '../../../domain/dates.ts';
import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * SW_DEC, when a date, must fall between the start of the social worker reporting period (a year before the
 * collection start: the reference validator subtracts 365.2425 days, which for whole dates means 365 days)
 * and the collection end.
 */
export const ruleSW07STG2 = defineRule({
  code: 'SW07STG2',
  message:
    'Social worker episode end date should be on or after the start of the social worker reporting period, and should be on or before the collection end date.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const from = addDays(data.collectionStart, -365);
    const rows = table(data, 'SWEpisodes')!;
    return failures([
      [
        'SWEpisodes',
        rowsWhere(rows, (r) => {
          const end = date(r.SW_DEC);
          return end !== null && (end < from || end > data.collectionEnd);
        }),
      ],
    ]);
  },
});
