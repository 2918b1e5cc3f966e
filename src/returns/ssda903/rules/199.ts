import { date, defineRule, failures, table } from '../rule.ts';

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
    const all = [
      ...table(data, 'Episodes')!.map((r, index) => ({ r, index: index as number | null })),
      ...(table(data, 'Episodes_last') ?? []).map((r) => ({ r, index: null as number | null })),
    ]
      .map((e, order) => ({ ...e, order, start: date(e.r.DECOM) }))
      .filter((e) => e.start !== null)
      .sort((a, b) => (a.start === b.start ? a.order - b.order : a.start! < b.start! ? -1 : 1));
    const adoptions = new Map<string, number>();
    const failed: number[] = [];
    for (const e of all) {
      const child = e.r.CHILD ?? '';
      const adopted = ['E11', 'E12'].includes(e.r.REC ?? '');
      const count = (adoptions.get(child) ?? 0) + (adopted ? 1 : 0);
      adoptions.set(child, count);
      if (count > 0 && count !== (adopted ? 1 : 0) && e.index !== null) failed.push(e.index);
    }
    return failures([['Episodes', failed]]);
  },
});
