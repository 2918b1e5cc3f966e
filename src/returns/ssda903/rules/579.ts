import { date, defineRule, failures, table } from '../rule.ts';
import { blank, byChildId, byDate, indexed, stableSort } from './helpers-c.ts';

/**
 * A child's decisions to place for adoption, in DATE_PLACED order: each is flagged when the one before it
 * has no DATE_PLACED_CEASED, or when it is dated before that one ceased.
 */
export const rule579 = defineRule({
  code: '579',
  message:
    'A new decision that the child should be placed for adoption this year cannot start when the previous decision is still open. Decisions to place the child for adoption should also not overlap. The date of any new decision to place the child for adoption must not be before the date placed ceased of previous decisions.',
  type: 'error',
  tables: ['PlacedAdoption'],
  validate(data) {
    const sorted = stableSort(indexed(table(data, 'PlacedAdoption')!), [byChildId, byDate('DATE_PLACED')]);
    const failed: number[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      // A blank CHILD is pandas' NaN in the reference, which equals nothing, itself included.
      if (prev.row.CHILD !== cur.row.CHILD || blank(cur.row.CHILD)) continue;
      const prevCeased = date(prev.row.DATE_PLACED_CEASED);
      const placed = date(cur.row.DATE_PLACED);
      if (prevCeased === null || (placed !== null && placed < prevCeased)) failed.push(cur.index);
    }
    return failures([['PlacedAdoption', failed]]);
  },
});
