import { defineRule, failures, table } from '../rule.ts';
import { overlongSpells } from './helpers-b.ts';

/**
 * An emergency protection order (L2), including consecutive L2 episodes that chain (DEC equal to the next DECOM), must not last more
 * than 21 days from first DECOM to last DEC (an open episode runs to the collection end).
 */
export const rule362 = defineRule({
  code: '362',
  message: 'Emergency protection order (EPO) lasted longer than 21 days',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([['Episodes', overlongSpells(data, table(data, 'Episodes')!, 'L2', 21)]]);
  },
});
