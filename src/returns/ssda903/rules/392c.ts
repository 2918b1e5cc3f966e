import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A full UK postcode once upper-cased and spaces removed (outward code then inward code). */
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/;

/** Whether each postcode cell seen is malformed: a return repeats its few thousand postcodes many times. */
const seen = new Map<string, boolean>();

function malformed(cell: string | undefined): boolean {
  if (!cell) return false;
  let bad = seen.get(cell);
  if (bad === undefined) {
    bad = !POSTCODE.test(cell.toUpperCase().replace(/ /g, ''));
    if (seen.size >= 100_000) seen.clear();
    seen.set(cell, bad);
  }
  return bad;
}

/**
 * HOME_POST and PL_POST, when given, must be real postcodes. PARTIAL: the reference validator looks each
 * postcode (upper-cased, spaces removed) up in the ONS Postcode Directory, which Hearth does not hold; this
 * rule flags only postcodes that cannot be postcodes by their form, so a well-formed postcode that does not
 * exist is not caught. Every row it flags, the reference validator flags too.
 */
export const rule392c = defineRule({
  code: '392c',
  message: 'Postcode(s) provided are invalid.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      [
        'Episodes',
        rowsWhere(table(data, 'Episodes')!, (r) => malformed(r.HOME_POST) || malformed(r.PL_POST)),
      ],
    ]);
  },
});
