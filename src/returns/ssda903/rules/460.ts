import { date, defineRule, failures, table } from '../rule.ts';
import { birthday, indexByChild } from './helpers-b.ts';

/** An episode ceasing with the child staying put at 18 (REC E17) must not end before the 18th birthday. */
export const rule460 = defineRule({
  code: '460',
  message:
    'Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is aged under 18.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const header = indexByChild(table(data, 'Header')!);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      const dec = date(ep.DEC);
      if (ep.REC !== 'E17' || !dec) return;
      const under = (header.get(ep.CHILD ?? '') ?? []).some((h) => {
        const b18 = birthday(h.row.DOB, 18);
        return b18 !== null && b18 > dec;
      });
      if (under) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
