import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/** SW_DECOM must be a valid DD/MM/YYYY date; blank fails. */
export const ruleSW04STG1 = defineRule({
  code: 'SW04STG1',
  message: 'Date social worker episode began is not a valid date..',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([['SWEpisodes', rowsWhere(rows, (r) => date(r.SW_DECOM) === null)]]);
  },
});
