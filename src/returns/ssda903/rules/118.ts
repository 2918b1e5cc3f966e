import { date, defineRule, failures, table } from '../rule.ts';

/**
 * DATE_PLACED_CEASED, when a valid date, must not be before the collection start or before the DECOM of
 * the child's earliest episode whose LS is not V3 or V4. That episode and the PlacedAdoption row both fail.
 */
export const rule118 = defineRule({
  code: '118',
  message:
    'Date of decision that a child should no longer be placed for adoption is before the current collection year or before the date the child started to be looked after.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const earliest = new Map<string, { index: number; start: string }>();
    table(data, 'Episodes')!.forEach((e, index) => {
      const start = date(e.DECOM);
      // The validator groups episodes by CHILD, which leaves out those with a blank CHILD.
      if (!start || e.LS === 'V3' || e.LS === 'V4' || !e.CHILD) return;
      const seen = earliest.get(e.CHILD ?? '');
      if (!seen || start < seen.start) earliest.set(e.CHILD ?? '', { index, start });
    });
    const eps: number[] = [];
    const placed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((p, index) => {
      const ep = earliest.get(p.CHILD ?? '');
      const ceased = date(p.DATE_PLACED_CEASED);
      if (!ep || !ceased) return;
      if (ceased < ep.start || ceased < data.collectionStart) {
        eps.push(ep.index);
        placed.push(index);
      }
    });
    return failures([
      ['Episodes', eps],
      ['PlacedAdoption', placed],
    ]);
  },
});
