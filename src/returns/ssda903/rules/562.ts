import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { earliest, latest } from './helpers-c.ts';

/**
 * A child's earliest episode starting before the collection year must be last year's latest episode (same
 * DECOM in last year's Episodes); flags it when last year has no episode for the child or a different
 * latest start.
 */
export const rule562 = defineRule({
  code: '562',
  message:
    'Episode commenced before the start of the current collection year but there is a missing continuous episode in the previous year.',
  type: 'error',
  tables: ['Episodes', 'Episodes_last'],
  validate(data) {
    const last = byChild(table(data, 'Episodes_last')!);
    const failed: number[] = [];
    for (const [child, rows] of byChild(table(data, 'Episodes')!)) {
      const before = rows.filter((r) => {
        const d = date(r.row.DECOM);
        return d !== null && d < data.collectionStart;
      });
      const first = earliest(before, 'DECOM');
      if (!first) continue;
      const prev = latest(last.get(child) ?? [], 'DECOM');
      if (!prev || date(prev.row.DECOM) !== date(first.row.DECOM)) failed.push(first.index);
    }
    return failures([['Episodes', failed]]);
  },
});
