import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/**
 * As the reference validator tests it: for each episode ending in adoption (REC E11 or E12), pair it with
 * each of the child's PlacedAdoption rows. Children with any blank DATE_PLACED_CEASED in those pairs (or no
 * PlacedAdoption row) are left alone; otherwise the adoption episodes are flagged when two or more pairs
 * of the child share the calendar year of DATE_PLACED_CEASED. Rows with a blank CHILD are not checked, as the
 * reference's grouping by CHILD leaves them out.
 *
 * A deliberate difference: the reference reads DATE_PLACED_CEASED's year with pandas' general date parser
 * (DatetimeIndex with dayfirst), not as DD/MM/YYYY, so it also takes a year from cells such as 15/01/25 or
 * 2025-01-15, and a cell it cannot read at all stops the rule with no findings for the whole file. Here
 * only DD/MM/YYYY dates (rule.ts date) are counted, as the reference reads dates in its other rules.
 */
export const rule558 = defineRule({
  code: '558',
  message:
    'If a child has been adopted, then the decision to place them for adoption has not been disrupted and the date of the decision that a child should no longer be placed for adoption should be left blank.',
  type: 'error',
  tables: ['Episodes', 'PlacedAdoption'],
  validate(data) {
    const placed = byChild(table(data, 'PlacedAdoption')!);
    const adopted = byChild(table(data, 'Episodes')!);
    const failed: number[] = [];
    adopted.forEach((rows, child) => {
      // The reference counts by CHILD and year with pandas' groupby, which leaves out a blank CHILD.
      if (child === '') return;
      const eps = rows.filter((r) => ['E11', 'E12'].includes(r.row.REC ?? ''));
      if (eps.length === 0) return;
      const pa = placed.get(child) ?? [];
      if (pa.length === 0 || pa.some((p) => blank(p.row.DATE_PLACED_CEASED))) return;
      const counts = new Map<string, number>();
      for (const p of pa) {
        const d = date(p.row.DATE_PLACED_CEASED);
        if (d !== null) counts.set(d.slice(0, 4), (counts.get(d.slice(0, 4)) ?? 0) + eps.length);
      }
      if ([...counts.values()].some((n) => n > 1)) failed.push(...eps.map((e) => e.index));
    });
    return failures([['Episodes', failed]]);
  },
});
