import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { earliest, latest } from './helpers-c.ts';

/**
 * The child's first placement for adoption (earliest DECOM of an A3-A6 episode) must not come before the
 * latest decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED). Flags that
 * episode and that PlacedAdoption row. Rows with bad or blank dates are ignored.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule552 = defineRule({
  code: '552',
  message:
    'Date of Decision to place a child for adoption should be on or prior to the date that the child was placed for adoption.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const placed = byChild(table(data, 'PlacedAdoption')!);
    const eps: number[] = [];
    const pas: number[] = [];
    byChild(table(data, 'Episodes')!).forEach((rows, child) => {
      if (child === '') return;
      const first = earliest(
        rows.filter((r) => ['A3', 'A4', 'A5', 'A6'].includes(r.row.PLACE ?? '')),
        'DECOM',
      );
      const decision = latest(placed.get(child) ?? [], 'DATE_PLACED');
      if (!first || !decision) return;
      if (date(first.row.DECOM)! < date(decision.row.DATE_PLACED)!) {
        eps.push(first.index);
        pas.push(decision.index);
      }
    });
    return failures([
      ['Episodes', eps],
      ['PlacedAdoption', pas],
    ]);
  },
});
