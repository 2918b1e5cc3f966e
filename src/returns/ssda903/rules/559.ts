import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * A decision to place for adoption (DATE_PLACED) dated before the collection year must have been in last
 * year's PlacedAdoption: flags this year's row when the child has no row last year, or a row last year with
 * a blank or invalid DATE_PLACED.
 */
export const rule559 = defineRule({
  code: '559',
  message:
    'Date of decision that a child should be placed for adoption was not in the current year but the date of the decision that the child should be placed for adoption was not completed in a previous return.',
  type: 'error',
  tables: ['PlacedAdoption', 'PlacedAdoption_last'],
  validate(data) {
    const last = byChild(table(data, 'PlacedAdoption_last')!);
    const failed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((r, i) => {
      const decided = date(r.DATE_PLACED);
      if (decided === null || decided >= data.collectionStart) return;
      const before = last.get(r.CHILD ?? '');
      if (!before || before.some((p) => date(p.row.DATE_PLACED) === null)) failed.push(i);
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
