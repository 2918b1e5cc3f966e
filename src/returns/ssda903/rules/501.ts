import { date, defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

/**
 * An episode must not start before the child's previous episode (by DECOM) ceased. An episode with a blank
 * CHILD is no child's, as in the reference validator, where a blank CHILD equals no other.
 */
export const rule501 = defineRule({
  code: '501',
  message: 'A new episode has started before the end date of the previous episode.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD) return;
      const prevDec = date(prev.row.DEC);
      if (ep.decom && prevDec && ep.decom < prevDec) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
