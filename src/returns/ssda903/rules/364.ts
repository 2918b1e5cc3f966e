import { defineRule, failures, table } from '../rule.ts';
import { overlongPeriods } from './helpers-b.ts';

/**
 * Detention under PACE (J2) must not last more than 21 days. As the reference validator, consecutive J2 episodes of a
 * child in file order form one period unless one starts after the previous one's DEC; a period fails when
 * its episodes' durations (DEC - DECOM, an open episode to the collection end) sum to more than 21.
 */
export const rule364 = defineRule({
  code: '364',
  message:
    'Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can be detained in custody in Local Authority (LA) accommodation.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([['Episodes', overlongPeriods(data, table(data, 'Episodes')!, 'J2', 21)]]);
  },
});
