import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * The date of the decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED) must
 * not be before the child's earliest episode start (DECOM) in the loaded episodes.
 */
export const rule1003 = defineRule({
  code: '1003',
  message:
    "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const episodes = byChild(table(data, 'Episodes')!);
    const failed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((row, index) => {
      const decision = date(row.DATE_PLACED);
      const starts = (episodes.get(row.CHILD ?? '') ?? [])
        .map((e) => date(e.row.DECOM))
        .filter((d): d is string => d !== null);
      if (decision && starts.length > 0 && decision < starts.sort()[0]!) failed.push(index);
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
