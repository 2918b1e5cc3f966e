import { cinDate, cinTable, defineCinRule } from '../rule.ts';

/**
 * The header's reference date must be 31 March of the header's Year, as the reference validator checks it
 * (a blank or unreadable Year fails), and, as the DfE's rule reads, the collection's own date: 31 March 2026
 * for 2025/26. The second check is Hearth's only where a file's Year and reference date agree on another
 * collection, which the reference would validate as that collection. Flags Header row 0.
 */
export const rule100 = defineCinRule({
  code: '100',
  message: 'Reference Date is incorrect',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const header = cinTable(data, 'Header')[0];
    if (header === undefined) return {};
    const date = cinDate(header.ReferenceDate);
    const year = (header.Year ?? '').trim();
    const expected = /^\d{4}$/.test(year) ? `${year}-03-31` : null;
    return date !== null && date === expected && date === data.referenceDate ? {} : { Header: [0] };
  },
});
