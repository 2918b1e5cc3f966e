import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-a.ts';

/**
 * An episode with no DEC must have no REASON_PLACE_CHANGE. (The reference validator's 2025/26 code reads a
 * DATE_EPISODE_CEASED column, which the Episodes file does not have; DEC is the date episode ceased.)
 */
export const rule233 = defineRule({
  code: '233',
  message: 'Reason for placement change is not required when the episode has not ceased.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      ['Episodes', rowsWhere(table(data, 'Episodes')!, (r) => blank(r.DEC) && filled(r.REASON_PLACE_CHANGE))],
    ]);
  },
});
