import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { shortBreak } from './helpers-ref.ts';

/**
 * An episode under V3/V4 (short breaks) must have no PL_LA: with derived fields, its PL_POST must be blank
 * or not in the postcode lookup (or outside the UK's authorities).
 */
export const rule420 = defineRule({
  code: '420',
  message: 'LA of placement completed but child is looked after under legal status V3 or V4.',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes'],
  validate(data) {
    const derived = placements(data, 'Episodes');
    return failures([
      ['Episodes', rowsWhere(data.tables.Episodes!, (r, i) => shortBreak(r) && derived[i]!.la !== null)],
    ]);
  },
});
