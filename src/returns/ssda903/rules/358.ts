import { date, defineRule, failures, table } from '../rule.ts';
import { birthday, indexByChild } from './helpers-b.ts';

/** An episode with legal status J1, J2 or J3 must start after the child's 10th birthday. */
export const rule358 = defineRule({
  code: '358',
  message: 'Child with this legal status should not be under 10.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const header = indexByChild(table(data, 'Header')!);
    const eps: number[] = [];
    const heads: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      const decom = date(ep.DECOM);
      if (!['J1', 'J2', 'J3'].includes(ep.LS ?? '') || !decom) return;
      for (const h of header.get(ep.CHILD ?? '') ?? []) {
        const b10 = birthday(h.row.DOB, 10);
        if (b10 && b10 >= decom) {
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
