import { defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/**
 * An episode placed for adoption (A3-A6) needs a PlacedAdoption row for the child with DATE_PLACED; it
 * fails when the child has no such row or any of its rows has DATE_PLACED blank.
 */
export const rule551 = defineRule({
  code: '551',
  message:
    'Child has been placed for adoption but there is no date of the decision that the child should be placed for adoption.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const placed = indexByChild(table(data, 'PlacedAdoption')!);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      if (!['A3', 'A4', 'A5', 'A6'].includes(ep.PLACE ?? '')) return;
      const rows = placed.get(ep.CHILD ?? '') ?? [];
      if (rows.length === 0 || rows.some((p) => !p.row.DATE_PLACED)) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
