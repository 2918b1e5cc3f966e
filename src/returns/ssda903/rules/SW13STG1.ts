import { SW_REASON, isCode } from '../../../domain/codes.ts';
import { byChild, date, defineRule, failures, rowsWhere, table, type IndexedRow } from '../rule.ts';
import { blank, byDate, stableSort } from './helpers-c.ts';

/**
 * SW_REASON must be a valid reason code. As in the reference validator, one episode per child may leave it
 * blank: the episode open at the start of the collection year (the latest starting before 1 April, if it had
 * not ended before then), or else the child's first episode starting in the year.
 */
export const ruleSW13STG1 = defineRule({
  code: 'SW13STG1',
  message: 'The reason for social worker change is not valid.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    const invalid = rowsWhere(rows, (r) => !isCode(SW_REASON, r.SW_REASON));
    if (invalid.length === 0) return {};
    // Only the children with an invalid reason need the episode that may leave it blank.
    const groups = byChild(rows);
    const allowed = new Map<string, number | undefined>();
    const failed = invalid.filter((i) => {
      const child = rows[i]!.CHILD ?? '';
      if (!allowed.has(child)) allowed.set(child, mayBeBlank(groups.get(child)!, data.collectionStart));
      return allowed.get(child) !== i;
    });
    return failures([['SWEpisodes', failed]]);
  },
});

/** The index of the child's episode that may leave SW_REASON blank, when it does. */
function mayBeBlank(rows: readonly IndexedRow[], start: string): number | undefined {
  const sorted = stableSort(rows, [byDate('SW_DECOM')]);
  const before = sorted.filter((r) => {
    const d = date(r.row.SW_DECOM);
    return d !== null && d < start;
  });
  const lastBefore = before.at(-1);
  const end = lastBefore ? date(lastBefore.row.SW_DEC) : null;
  const openAtStart = lastBefore && (end === null || end >= start) ? lastBefore : undefined;
  const firstThis = sorted.find((r) => {
    const d = date(r.row.SW_DECOM);
    return d !== null && d >= start;
  });
  const first = openAtStart ?? firstThis;
  return first && blank(first.row.SW_REASON) ? first.index : undefined;
}
