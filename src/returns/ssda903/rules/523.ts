import { date, defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/**
 * The decision to place for adoption (PlacedAdoption DATE_PLACED) must be the same date as the AD1 date
 * should be placed (DATE_INT). Only rows where both dates are given are compared; both rows fail.
 */
export const rule523 = defineRule({
  code: '523',
  message:
    'Date of decision that the child should be placed for adoption should be the same date as the decision that adoption is in the best interest (date should be placed).',
  type: 'error',
  tables: ['PlacedAdoption', 'AD1'],
  validate(data) {
    const ad1 = indexByChild(table(data, 'AD1')!);
    const pas: number[] = [];
    const ads: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((pa, i) => {
      const placed = date(pa.DATE_PLACED);
      if (!placed) return;
      for (const a of ad1.get(pa.CHILD ?? '') ?? []) {
        const int = date(a.row.DATE_INT);
        if (int && int !== placed) {
          pas.push(i);
          ads.push(a.index);
        }
      }
    });
    return failures([
      ['PlacedAdoption', pas],
      ['AD1', ads],
    ]);
  },
});
