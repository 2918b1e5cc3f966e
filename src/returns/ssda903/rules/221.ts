import { normalisePostcode } from '../reference.ts';
import { defineRule, failures } from '../rule.ts';
import { providerMismatches, shortBreak } from './helpers-ref.ts';

const CHECKED_PLACES = ['K1', 'K2', 'R3', 'S1'];

/**
 * For a secure children's home, children's home, family centre or residential school (K1, K2, R3, S1),
 * not under V3/V4, with a URN (not XXXXXXX) and a placement postcode, PL_POST must be the provider's
 * setting postcode (spacing and case ignored). A URN on no list or with no postcode fails.
 */
export const rule221 = defineRule({
  code: '221',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
  type: 'error',
  tables: ['Episodes'],
  reference: ['providers'],
  validate(data) {
    return failures([
      [
        'Episodes',
        providerMismatches(
          data,
          (row) => !shortBreak(row) && CHECKED_PLACES.includes(row.PLACE ?? '') && !!row.PL_POST,
          (row, p) => normalisePostcode(row.PL_POST) !== p?.postcode,
        ),
      ],
    ]);
  },
});
