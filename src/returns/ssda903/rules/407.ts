import { date, defineRule, failures, table } from '../rule.ts';
import { birthday, indexByChild } from './helpers-b.ts';

/** An episode ceasing to a special guardianship order (REC E45-E48) must not end after the 18th birthday. */
export const rule407 = defineRule({
  code: '407',
  message: 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    const header = indexByChild(table(data, 'Header')!);
    const eps: number[] = [];
    const heads: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      const dec = date(ep.DEC);
      if (!['E45', 'E46', 'E47', 'E48'].includes(ep.REC ?? '') || !dec) return;
      for (const h of header.get(ep.CHILD ?? '') ?? []) {
        const b18 = birthday(h.row.DOB, 18);
        if (b18 && b18 < dec) {
          eps.push(i);
          heads.push(h.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['Header', heads],
    ]);
  },
});
