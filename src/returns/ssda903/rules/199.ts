import { byChild, date, defineRule, failures, table } from '../rule.ts';
import type { Row } from '../spec.ts';

/**
 * Over this year's and (where loaded) last year's episodes with a valid DECOM, in DECOM order (this year's
 * first on equal dates), a child's episodes after an adoption (REC E11/E12) fail, as does a second
 * adoption. Only this year's episodes are reported.
 */
export const rule199 = defineRule({
  code: '199',
  message:
    'Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const current = table(data, 'Episodes')!;
    const last = table(data, 'Episodes_last') ?? [];
    const adopted = (r: Row) => r.REC === 'E11' || r.REC === 'E12';
    // Only a child with an adoption in either year can break the rule: the others are not sorted at all.
    const children = new Set([...current.filter(adopted), ...last.filter(adopted)].map((r) => r.CHILD ?? ''));
    const failed: number[] = [];
    // The validator counts adoptions per CHILD, a grouping that leaves out episodes with a blank CHILD.
    children.delete('');
    for (const child of children) {
      const all = [
        ...(byChild(current).get(child) ?? []).map(({ row, index }) => ({
          row,
          index: index as number | null,
        })),
        ...(byChild(last).get(child) ?? []).map(({ row }) => ({ row, index: null as number | null })),
      ]
        .map((e, order) => ({ ...e, order, start: date(e.row.DECOM) }))
        .filter((e) => e.start !== null)
        .sort((a, b) => (a.start === b.start ? a.order - b.order : a.start! < b.start! ? -1 : 1));
      let count = 0;
      for (const e of all) {
        const isAdoption = adopted(e.row);
        if (isAdoption) count++;
        if (count > 0 && count !== (isAdoption ? 1 : 0) && e.index !== null) failed.push(e.index);
      }
    }
    return failures([['Episodes', failed]]);
  },
});
