import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { earliest } from './helpers-c.ts';

/**
 * The decision that the child should be placed for adoption (DATE_PLACED) must be on or before the start of
 * the child's first placement-order episode (earliest DECOM with LS E1). Flags that episode and each of the
 * child's PlacedAdoption rows dated after it.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule554 = defineRule({
  code: '554',
  message:
    'Date of decision that the child should be placed for adoption should be on or prior to the date that the placement order was granted. [NOTE: This rule may result in false positives or false negatives if relevant episodes are in previous years; please check carefully!]',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const placed = byChild(table(data, 'PlacedAdoption')!);
    const eps: number[] = [];
    const pas: number[] = [];
    byChild(table(data, 'Episodes')!).forEach((rows, child) => {
      if (child === '') return;
      const first = earliest(
        rows.filter((r) => r.row.LS === 'E1'),
        'DECOM',
      );
      if (!first) return;
      const granted = date(first.row.DECOM)!;
      for (const p of placed.get(child) ?? []) {
        const decision = date(p.row.DATE_PLACED);
        if (decision !== null && decision > granted) {
          eps.push(first.index);
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
