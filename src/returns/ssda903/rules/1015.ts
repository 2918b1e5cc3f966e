import { placements } from '../reference.ts';
import { defineRule, failures, rowsWhere } from '../rule.ts';
import { shortBreak } from './helpers-ref.ts';

/** Placements own provision may be outside the area: adoption, foster care and supported accommodation. */
const MAY_BE_OUTSIDE = new Set(['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'K3']);

/**
 * An own provision placement (PR1) other than those above, with LS and PLACE given and not under V3/V4,
 * must be in the authority's own area: PL_LA (derived from PL_POST) must be its code. A PL_POST the lookup
 * does not know (no PL_LA) fails, as in the DfE validator.
 */
export const rule1015 = defineRule({
  code: '1015',
  message: 'Placement provider is own provision but child not placed in own LA.',
  type: 'error',
  tables: ['Episodes'],
  reference: ['postcodes', 'ownLa'],
  validate(data) {
    const derived = placements(data, 'Episodes');
    return failures([
      [
        'Episodes',
        rowsWhere(
          data.tables.Episodes!,
          (r, i) =>
            r.PLACE_PROVIDER === 'PR1' &&
            !!r.LS &&
            !!r.PLACE &&
            !shortBreak(r) &&
            !MAY_BE_OUTSIDE.has(r.PLACE) &&
            derived[i]!.la !== data.reference!.ownLa,
        ),
      ],
    ]);
  },
});
