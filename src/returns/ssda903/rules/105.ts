import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * The Header UASC flag must be 0 or 1. Only the XML form of the return carries this flag; the CSV Header
 * has no UASC column, and for CSV files the reference validator skips the rule. So Header rows are checked
 * only when they carry a UASC cell (as rows read from the XML form would).
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
    return failures([['Header', rowsWhere(header, (r) => !['0', '1'].includes((r.UASC ?? '').trim()))]]);
  },
});
