import { date, defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

/**
 * An episode with RNE S (started to be looked after) must start after the child's previous episode (in DECOM
 * order) ceased. An episode with a blank CHILD is no child's, as in the reference validator, where a blank
 * CHILD equals no other.
 */
export const rule431 = defineRule({
  code: '431',
  message:
    'The reason for new episode is started to be looked after, but the previous episode ended on the same day.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD || ep.row.RNE !== 'S') return;
      const prevDec = date(prev.row.DEC);
      if (ep.decom && prevDec && ep.decom <= prevDec) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
