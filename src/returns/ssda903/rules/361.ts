import { defineRule, failures, table } from '../rule.ts';
import { overlongSpells } from './helpers-b.ts';

/**
 * Police protection (L1), including consecutive L1 episodes that chain (DEC equal to the next DECOM), must not last more
 * than 3 days from first DECOM to last DEC (an open episode runs to the collection end).
 */
export const rule361 = defineRule({
  code: '361',
  message:
    'Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([['Episodes', overlongSpells(data, table(data, 'Episodes')!, 'L1', 3)]]);
  },
});
