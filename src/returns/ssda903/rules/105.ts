import { defineRule, failures, rowsWhere, table } from '../rule.ts';

const ZERO_OR_ONE = new Set([0, 1]);
const DECIMAL = /^\s*[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$/;

/**
 * A cell as the reference reads this flag, pd.to_numeric(errors='coerce'): a decimal number, spaces around
 * it allowed ('1', ' 1', '1.0', '01' and '1e0' are 1), anything else NaN.
 */
function asNumber(cell: string | undefined): number {
  return cell !== undefined && DECIMAL.test(cell) ? Number(cell) : NaN;
}

/**
 * The Header UASC flag must be 0 or 1, read as a number as the reference reads it (pd.to_numeric, so
 * '1.0' is 1). Only the XML form of the return carries this flag (read.ts gives its text to Header rows);
 * the CSV Header has no UASC column, and for CSV files the reference validator skips the rule. So Header
 * rows are checked only when they carry a UASC cell (as rows read from the XML form do).
 */
export const rule105 = defineRule({
  code: '105',
  message:
    'Data entry for Unaccompanied Asylum-Seeking Children (UASC) status of child is invalid or has not been completed.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const header = table(data, 'Header')!;
    if (!header.some((r) => 'UASC' in r)) return {};
    return failures([['Header', rowsWhere(header, (r) => !ZERO_OR_ONE.has(asNumber(r.UASC)))]]);
  },
});
