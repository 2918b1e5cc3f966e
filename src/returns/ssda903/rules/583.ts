import { byChild, defineRule, failures, table } from '../rule.ts';
import { blank, latest } from './helpers-c.ts';

/**
 * Of a child's decisions to place for adoption, only the latest (by DATE_PLACED; the first such row, or the
 * first row when no date is valid) may be without DATE_PLACED_CEASED. Flags every row without it when the
 * child has two or more such rows, and any row other than the latest without it. The reference validator
 * sorts DATE_PLACED without converting it to a date; this compares real dates.
 */
export const rule583 = defineRule({
  code: '583',
  message:
    'More than one date the child should be placed for adoption has been reported, but an earlier decision has not been revoked. Check that both dates are required and add in the date the earlier decision was revoked. Note this may be in a previous year.',
  type: 'error',
  tables: ['PlacedAdoption'],
  validate(data) {
    const failed: number[] = [];
    byChild(table(data, 'PlacedAdoption')!).forEach((rows, child) => {
      const open = rows.filter((r) => blank(r.row.DATE_PLACED_CEASED));
      // The reference counts open decisions per child with value_counts, which does not count a blank CHILD;
      // its choice of the latest decision (drop_duplicates) does take the blank-CHILD rows as one child.
      if (open.length > 1 && child !== '') failed.push(...open.map((r) => r.index));
      const newest = latest(rows, 'DATE_PLACED') ?? rows[0]!;
      failed.push(...open.filter((r) => r !== newest).map((r) => r.index));
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
