import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { shortBreak } from './helpers-ref.ts';

/**
 * An episode not under V3/V4 must have a PL_LOCATION (IN or OUT), which is derived from PL_POST: it is
 * blank, and the episode fails, when PL_POST is blank or not in the postcode lookup.
 */
export const rule179 = defineRule({
  code: '179',
  message: 'Placement location code is not a valid code.',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes'],
  validate(data) {
    const derived = placements(data, 'Episodes');
    return failures([
      ['Episodes', rowsWhere(data.tables.Episodes!, (r, i) => !shortBreak(r) && !derived[i]!.found)],
    ]);
  },
});
