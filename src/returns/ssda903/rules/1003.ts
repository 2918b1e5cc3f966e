import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * The date of the decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED) must
 * not be before the child started to be looked after. The start is the DECOM of the child's earliest episode
 * in this year's and, when loaded, last year's episodes, and is known only when that episode is a start of
 * care (RNE S): a child whose earliest loaded episode is a change of placement or legal status started to be
 * looked after earlier, on a date the files do not hold, and is not judged (the reference validator compares
 * with the earliest DECOM in this year's file, which flags every child whose care began before the year and
 * whose decision came before their first episode of the year).
 */
export const rule1003 = defineRule({
  code: '1003',
  message:
    "Date of LA's decision that a child should be placed for adoption is before the child started to be looked after.",
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const current = byChild(table(data, 'Episodes')!);
    const last = byChild(table(data, 'Episodes_last') ?? []);
    const failed: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((row, index) => {
      const decision = date(row.DATE_PLACED);
      let first: { start: string; rne: string } | null = null;
      const child = row.CHILD ?? '';
      for (const { row: e } of [...(current.get(child) ?? []), ...(last.get(child) ?? [])]) {
        const start = date(e.DECOM);
        if (start !== null && (first === null || start < first.start)) first = { start, rne: e.RNE ?? '' };
      }
      if (decision && first && first.rne === 'S' && decision < first.start) failed.push(index);
    });
    return failures([['PlacedAdoption', failed]]);
  },
});
