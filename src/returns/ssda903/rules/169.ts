import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { shortBreak } from './helpers-ref.ts';

/**
 * An episode not under V3/V4 must have a PL_LA, which is derived from PL_POST: it fails when PL_POST is
 * blank or not in the postcode lookup, or is in the Channel Islands or Isle of Man (no authority).
 */
export const rule169 = defineRule({
  code: '169',
  message:
    'Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode has been entered.',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes'],
  validate(data) {
    const derived = placements(data, 'Episodes');
    return failures([
      ['Episodes', rowsWhere(data.tables.Episodes!, (r, i) => !shortBreak(r) && derived[i]!.la === null)],
    ]);
  },
});
