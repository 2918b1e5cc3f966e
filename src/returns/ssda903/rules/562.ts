import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { earliest, latest } from './helpers-c.ts';

/**
 * A child's earliest episode starting before the collection year must be last year's latest episode (same
 * DECOM in last year's Episodes); flags it when last year has no episode for the child or a different
 * latest start. Episodes with a blank CHILD are not checked, as the reference's grouping by CHILD leaves
 * them out.
 *
 * A deliberate difference: the reference validator (pandas 1.5) stops with an error, and so reports
 * nothing for this rule, when a child in last year's Episodes has no valid DECOM (groupby idxmax of only
 * missing dates); here that child simply has no latest episode.
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
    byChild(table(data, 'Episodes')!).forEach((rows, child) => {
      // The reference finds each child's earliest episode with pandas' groupby, which leaves out a blank CHILD.
      if (child === '') return;
      const before = rows.filter((r) => {
        const d = date(r.row.DECOM);
        return d !== null && d < data.collectionStart;
      });
      const first = earliest(before, 'DECOM');
      if (!first) return;
      const prev = latest(last.get(child) ?? [], 'DECOM');
      if (!prev || date(prev.row.DECOM) !== date(first.row.DECOM)) failed.push(first.index);
    });
    return failures([['Episodes', failed]]);
  },
});
