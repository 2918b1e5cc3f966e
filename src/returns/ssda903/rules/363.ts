import { defineRule, failures, table } from '../rule.ts';
import { overlongPeriods } from './helpers-b.ts';

/**
 * A child assessment order (L3) must not last more than 7 days. As the reference validator, consecutive L3 episodes of a
 * child in file order form one period unless one starts after the previous one's DEC; a period fails when
 * its episodes' durations (DEC - DECOM, an open episode to the collection end) sum to more than 7.
 */
export const rule363 = defineRule({
  code: '363',
  message: 'Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([['Episodes', overlongPeriods(data, table(data, 'Episodes')!, 'L3', 7)]]);
  },
});
