import { byChild, defineRule, failures, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/**
 * An episode placed for adoption (PLACE A3-A6) or under a placement order (LS E1) that ended for a reason
 * other than adoption (REC completed and not E11, E12 or X1) needs the child's PlacedAdoption rows to show
 * the decision ceased (DATE_PLACED_CEASED and REASON_PLACED_CEASED). Flags the episode when the child has
 * no PlacedAdoption row, and the episode and each incomplete PlacedAdoption row otherwise.
 */
export const rule557 = defineRule({
  code: '557',
  message:
    'Child for whom the decision was made that they should be placed for adoption has left care but was not adopted and information on the decision that they should no longer be placed for adoption items has not been completed.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const placed = byChild(table(data, 'PlacedAdoption')!);
    const eps: number[] = [];
    const pas: number[] = [];
    table(data, 'Episodes')!.forEach((r, i) => {
      const adoptive = ['A3', 'A4', 'A5', 'A6'].includes(r.PLACE ?? '') || r.LS === 'E1';
      const notAdopted = filled(r.REC) && !['E11', 'E12', 'X1'].includes(r.REC ?? '');
      if (!adoptive || !notAdopted) return;
      const rows = placed.get(r.CHILD ?? '');
      if (!rows) {
        eps.push(i);
        return;
      }
      for (const p of rows) {
        if (blank(p.row.DATE_PLACED_CEASED) || blank(p.row.REASON_PLACED_CEASED)) {
          eps.push(i);
          pas.push(p.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['PlacedAdoption', pas],
    ]);
  },
});
