import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * The date of the decision that the child should be placed for adoption (PlacedAdoption DATE_PLACED) must
 * not be before the child started to be looked after. The start is the DECOM of the child's earliest episode
 * in this year's and, when loaded, last year's episodes, and is known only when that episode is a start of
 * care (RNE S): a child whose earliest loaded episode is a change of placement or legal status started to be
 * looked after earlier, on a date the files do not hold, and is not judged. The PlacedAdoption row fails,
 * and so does that episode when it is in this year's file (as the reference validator reports the episode).
 *
 * A deliberate difference: the reference validator compares with the child's earliest RNE S episode in this
 * year's file, whatever came before it, so it also flags a child whose care began before the year, who came
 * into care again in the year and whose decision came before that return; and it does not look at last
 * year's file. Where the earliest loaded episode is an RNE S episode this year the two agree.
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
    const episodes: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((row, index) => {
      const decision = date(row.DATE_PLACED);
      // The earliest episode, and its row when it is in this year's file (this year's first on a tie).
      let first: { start: string; rne: string; row: number | null } | null = null;
      const child = row.CHILD ?? '';
      const loaded = [
        ...(current.get(child) ?? []),
        ...(last.get(child) ?? []).map((e) => ({ row: e.row, index: null })),
      ];
      for (const { row: e, index: at } of loaded) {
        const start = date(e.DECOM);
        if (start !== null && (first === null || start < first.start))
          first = { start, rne: e.RNE ?? '', row: at };
      }
      if (decision && first && first.rne === 'S' && decision < first.start) {
        failed.push(index);
        if (first.row !== null) episodes.push(first.row);
      }
    });
    return failures([
      ['Episodes', episodes],
      ['PlacedAdoption', failed],
    ]);
  },
});
