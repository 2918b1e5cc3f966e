import { date, defineRule, failures, table } from '../rule.ts';
import { birthday, indexByChild } from './helpers-b.ts';

/** An episode with RNE S (started to be looked after) must start before the child's 18th birthday. */
export const rule352 = defineRule({
  code: '352',
  message: 'Child who started to be looked after was aged 18 or over.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const header = indexByChild(table(data, 'Header')!);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      const decom = date(ep.DECOM);
      if ((ep.RNE ?? '').toUpperCase() !== 'S' || !decom) return;
      const over = (header.get(ep.CHILD ?? '') ?? []).some((h) => {
        const b18 = birthday(h.row.DOB, 18);
        return b18 !== null && b18 <= decom;
      });
      if (over) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
