import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A UPN other than UN1-UN5 must be unique in the Header; every row sharing a duplicated UPN fails. */
export const rule444 = defineRule({
  code: '444',
  message: 'Duplicate UPN has been reported',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const header = table(data, 'Header')!;
    const counts = new Map<string, number>();
    for (const h of header) {
      const upn = h.UPN ?? '';
      if (upn && !['UN1', 'UN2', 'UN3', 'UN4', 'UN5'].includes(upn))
        counts.set(upn, (counts.get(upn) ?? 0) + 1);
    }
    return failures([['Header', rowsWhere(header, (h) => (counts.get(h.UPN ?? '') ?? 0) > 1)]]);
  },
});
