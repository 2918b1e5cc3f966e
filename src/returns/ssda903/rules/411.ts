import { placements, type Placement } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';

/** Whether a placement is said to be IN the area while its authority is another. */
export function locationDisagrees(placement: Placement, ownLa: string): boolean {
  return placement.location === 'IN' && placement.la !== ownLa;
}

/**
 * PL_LOCATION IN must go with PL_LA being the authority's own code. Both are derived from PL_POST (IN is
 * given exactly when PL_LA is the own code), so with derived fields no episode can fail; the rule is kept
 * as the DfE validator keeps it, and its check is tested on placements given directly.
 */
export const rule411 = defineRule({
  code: '411',
  message: 'Placement location code disagrees with LA of placement.',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes', 'ownLa'],
  validate(data) {
    const derived = placements(data, 'Episodes');
    const ownLa = data.reference!.ownLa!;
    return failures([
      ['Episodes', rowsWhere(data.tables.Episodes!, (_r, i) => locationDisagrees(derived[i]!, ownLa))],
    ]);
  },
});
