import { defineRule, failures } from '../rule.ts';
import { providerMismatches, shortBreak } from './helpers-ref.ts';

const CHECKED_PLACES = ['K1', 'K2', 'R3', 'S1'];

/** A postcode in capitals with its spaces taken out, and only its spaces, as the reference validator does. */
function withoutSpaces(postcode: string | undefined): string {
  return (postcode ?? '').toUpperCase().replaceAll(' ', '');
}

/**
 * For a secure children's home, children's home, family centre or residential school (K1, K2, R3, S1),
 * not under V3/V4, with a URN (not XXXXXXX) and a placement postcode, PL_POST must be the provider's
 * setting postcode (spaces and case ignored; a tab or no-break space is not taken out, as the reference
 * validator replaces only spaces). A URN on no list or with no postcode fails.
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
          (row, p) => withoutSpaces(row.PL_POST) !== (p?.postcode ? withoutSpaces(p.postcode) : null),
        ),
      ],
    ]);
  },
});
