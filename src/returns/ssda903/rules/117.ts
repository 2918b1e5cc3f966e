import { date, defineRule, failures, table } from '../rule.ts';

/**
 * DATE_PLACED and DATE_PLACED_CEASED must not be after the collection end or after the DEC of the child's
 * latest episode (by DECOM) whose REC is not X1. The latest episode and the PlacedAdoption row both fail.
 * Episodes with a blank CHILD are no child's latest, as the reference validator's grouping drops them.
 */
export const rule117 = defineRule({
  code: '117',
  message:
    'Date of decision that a child should/should no longer be placed for adoption is beyond the current collection year or after the child ceased to be looked after.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const latest = new Map<string, { index: number; start: string; end: string | null }>();
    table(data, 'Episodes')!.forEach((e, index) => {
      const start = date(e.DECOM);
      // The validator groups episodes by CHILD, which leaves out those with a blank CHILD.
      if (!start || e.REC === 'X1' || !e.CHILD) return;
      const seen = latest.get(e.CHILD ?? '');
      if (!seen || start > seen.start) latest.set(e.CHILD ?? '', { index, start, end: date(e.DEC) });
    });
    const eps: number[] = [];
    const placed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((p, index) => {
      const ep = latest.get(p.CHILD ?? '');
      if (!ep) return;
      const late = [date(p.DATE_PLACED), date(p.DATE_PLACED_CEASED)].some(
        (d) => d !== null && (d > data.collectionEnd || (ep.end !== null && d > ep.end)),
      );
      if (late) {
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
