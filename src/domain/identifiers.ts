/**
 * Checks on the identifiers a child carries: the Unique Pupil Number (UPN) and the NHS number.
 *
 * `isValid…(input)` answers whether the input is a valid identifier once normalised (spaces removed and,
 * for a UPN, letters upper-cased); `normalise…(input)` returns the canonical form to store, or null when
 * the input is not valid. Store only normalised values. Return files are stricter than this about
 * formatting (the SSDA903 wants upper-case letters): their own rules check the cell as written.
 */
import { UPN_UNKNOWN, isCode } from './codes.ts';

// ---------------------------------------------------------------------------------------------------------
// UPN
// ---------------------------------------------------------------------------------------------------------

/** The 23 letters a UPN's check character can be, in value order (A = 0 ... Z = 22): no I, O or S. */
export const UPN_CHECK_ALPHABET = 'ABCDEFGHJKLMNPQRTUVWXYZ';

const UPN_REST = /^\d{11}[0-9A-HJ-NP-RT-Z]$/;
const UPN = /^[A-HJ-NP-RT-Z]\d{11}[0-9A-HJ-NP-RT-Z]$/;

/**
 * The check letter (the UPN's first character) for its other twelve characters, by the DfE's algorithm:
 * multiply the characters in positions 2 to 13 by the weights 2 to 13, add the products, take the
 * remainder on dividing by 23, and look that remainder up in `UPN_CHECK_ALPHABET` (0 = A, ..., 22 = Z).
 * A digit counts as its value. A temporary UPN ends in a letter instead of a digit; that letter counts as
 * its own value in the same alphabet (A = 0, B = 1, ..., Z = 22).
 *
 * `rest12` is the UPN without its check letter: eleven digits, then a digit or a letter other than I, O or S.
 */
export function upnCheckLetter(rest12: string): string {
  if (!UPN_REST.test(rest12)) {
    throw new RangeError(
      `a UPN after its check letter is 11 digits then a digit or a capital letter other than I, O or S, not ${JSON.stringify(rest12)}`,
    );
  }
  let sum = 0;
  for (let index = 0; index < 12; index += 1) {
    const character = rest12[index] as string;
    const value = /\d/.test(character) ? Number(character) : UPN_CHECK_ALPHABET.indexOf(character);
    sum += value * (index + 2);
  }
  return UPN_CHECK_ALPHABET[sum % 23] as string;
}

/** The canonical UPN (spaces removed, letters in capitals) when the input is a valid UPN, else null. */
export function normaliseUpn(input: string): string | null {
  const upn = input.replace(/\s+/g, '').toUpperCase();
  if (!UPN.test(upn)) return null;
  return upnCheckLetter(upn.slice(1)) === upn[0] ? upn : null;
}

/**
 * True when the input is a UPN: 13 characters, a check letter, 11 digits and a final digit (permanent) or
 * letter (temporary), with the right check letter. Does not check that characters 2-4 are a real local
 * authority code (CIN census rule 1530).
 */
export function isValidUpn(input: string): boolean {
  return normaliseUpn(input) !== null;
}

/** True for a valid temporary UPN (one ending in a letter). */
export function isTemporaryUpn(input: string): boolean {
  const upn = normaliseUpn(input);
  return upn !== null && /[A-Z]$/.test(upn);
}

/**
 * True for a code giving the reason a UPN is unknown: UN1-UN7 in the CIN census; UN1-UN5 in the SSDA903
 * (rule 168). Codes are matched exactly, as the returns write them.
 */
export function isUpnUnknownCode(value: unknown, collection: 'cin' | 'ssda903' = 'cin'): boolean {
  if (!isCode(UPN_UNKNOWN, value)) return false;
  return collection === 'cin' || (value !== 'UN6' && value !== 'UN7');
}

// ---------------------------------------------------------------------------------------------------------
// NHS number
// ---------------------------------------------------------------------------------------------------------

/**
 * The NHS number's check digit (its tenth digit) for its first nine digits, by modulus 11: multiply the
 * digits by the weights 10 down to 2, add the products, and take 11 minus the remainder on dividing by 11.
 * A result of 11 gives check digit 0; a result of 10 means no valid NHS number starts with these nine
 * digits, and gives null.
 */
export function nhsNumberCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9))
    throw new RangeError(`the first nine digits of an NHS number, not ${JSON.stringify(first9)}`);
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(first9[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** The canonical NHS number (ten digits, no spaces) when the input is valid, else null. '943 476 5919' is accepted. */
export function normaliseNhsNumber(input: string): string | null {
  const digits = input.replace(/ /g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  return nhsNumberCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? digits : null;
}

/** True when the input, less spaces, is ten digits with a correct modulus 11 check digit. */
export function isValidNhsNumber(input: string): boolean {
  return normaliseNhsNumber(input) !== null;
}

/** A valid NHS number written as people read it: '943 476 5919'. Throws for an invalid number. */
export function formatNhsNumber(input: string): string {
  const digits = normaliseNhsNumber(input);
  if (digits === null) throw new RangeError(`not a valid NHS number: ${JSON.stringify(input)}`);
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
