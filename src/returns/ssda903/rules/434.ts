import { defineRule, failures, table } from '../rule.ts';
import { pdEq, sortedEpisodes } from './helpers-b.ts';

/**
 * An episode with RNE L (legal status changed, placement not) must have a different LS from the child's
 * previous episode (by DECOM) and the same PLACE, PL_POST, URN and PLACE_PROVIDER (blank equals blank here).
 * An episode with a blank CHILD is no child's, as in the reference validator, where a blank CHILD equals no
 * other.
 */
export const rule434 = defineRule({
  code: '434',
  message:
    "Reason for new episode is that child's legal status has changed but not the placement, but this is not reflected in the episode data.",
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD || ep.row.RNE !== 'L') return;
      const changed = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'].some(
        (c) => (ep.row[c] ?? '') !== (prev.row[c] ?? ''),
      );
      if (pdEq(ep.row.LS, prev.row.LS) || changed) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
