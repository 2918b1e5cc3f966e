import { date, defineRule, failures, table } from '../rule.ts';

/**
 * The child's earliest episode (by DECOM) must not start before their DOB. The episode and the Header row
 * fail.
 */
export const rule302 = defineRule({
  code: '302',
  message: 'First episode starts before child was born.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    const earliest = new Map<string, { index: number; start: string }>();
    table(data, 'Episodes')!.forEach((e, index) => {
      const start = date(e.DECOM);
      if (!start) return;
      const seen = earliest.get(e.CHILD ?? '');
      if (!seen || start < seen.start) earliest.set(e.CHILD ?? '', { index, start });
    });
    const eps: number[] = [];
    const heads: number[] = [];
    table(data, 'Header')!.forEach((h, hi) => {
      const first = earliest.get(h.CHILD ?? '');
      const dob = date(h.DOB);
      if (first && dob && dob > first.start) {
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
