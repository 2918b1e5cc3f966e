import { date, defineRule, failures, table } from '../rule.ts';
import { extremeByChild } from './helpers-b.ts';

/**
 * The child's earliest episode (by DECOM) must not start before their DOB. The episode and the Header row
 * fail. Episodes with a blank CHILD are left out, as the reference validator's groupby('CHILD') leaves them.
 *
 * DIFFERS from the reference validator when a child has episodes but none with a readable DECOM: its
 * groupby idxmin then gives no row (NaN) and the whole rule fails to run, so it reports nothing for any
 * child. Here the other children are still checked.
 */
export const rule302 = defineRule({
  code: '302',
  message: 'First episode starts before child was born.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const earliest = extremeByChild(table(data, 'Episodes')!, 'DECOM', 'min');
    const eps: number[] = [];
    const heads: number[] = [];
    table(data, 'Header')!.forEach((h, hi) => {
      const first = earliest.get(h.CHILD ?? '');
      const dob = date(h.DOB);
      if (first && dob && dob > first.date) {
        eps.push(first.index);
        heads.push(hi);
      }
    });
    return failures([
      ['Episodes', eps],
      ['Header', heads],
    ]);
  },
});
