import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/**
 * SW_DEC, when completed, must be a valid DD/MM/YYYY date (a cell of spaces is completed, and a date with
 * spaces around it is not a date, as the reference reads them). The reference validator's 2025/26 version
 * also flags a blank SW_DEC, but a blank SW_DEC is how the DfE says an episode is still open at 31 March,
 * and rule SW17STG2 requires the latest episode to be open; flagging blanks would make every child looked
 * after at 31 March an error, so we follow the DfE rule (as the reference's 2023/24 version did). The
 * message is the DfE's, which speaks of the date the episode began although the field is the end date.
 */
export const ruleSW05STG1 = defineRule({
  code: 'SW05STG1',
  message: 'Date social worker episode began is not a valid date.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    return failures([['SWEpisodes', rowsWhere(rows, (r) => filled(r.SW_DEC) && date(r.SW_DEC) === null)]]);
  },
});
