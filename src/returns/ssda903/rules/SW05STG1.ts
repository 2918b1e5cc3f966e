import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * SW_DEC must be a valid DD/MM/YYYY date. As in the reference validator's 2025/26 version, a blank SW_DEC
 * (an episode still open) fails too; its 2023/24 version allowed a blank. The message is the DfE's, which
 * speaks of the date the episode began although the field is the end date.
 */
export const ruleSW05STG1 = defineRule({
  code: 'SW05STG1',
  message: 'Date social worker episode began is not a valid date.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([['SWEpisodes', rowsWhere(rows, (r) => date(r.SW_DEC) === null)]]);
  },
});
