import { cinDate, cinTable, defineCinRule } from '../rule.ts';

/** The header's reference date must be the collection's: 31 March 2026 for 2025/26. Flags Header row 0. */
export const rule100 = defineCinRule({
  code: '100',
  message: 'Reference Date is incorrect',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const header = cinTable(data, 'Header')[0];
    if (header === undefined) return {};
    return cinDate(header.ReferenceDate) === data.referenceDate ? {} : { Header: [0] };
  },
});
