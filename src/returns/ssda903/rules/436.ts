import { defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

/**
 * An episode with RNE U or B (placement and legal status changed) must differ from the child's previous
 * episode (by DECOM) in LS, and in at least one of PLACE, PL_POST, URN, PLACE_PROVIDER (blank equals blank).
 * An episode with a blank CHILD is no child's, as in the reference validator, where a blank CHILD equals no
 * other.
 */
export const rule436 = defineRule({
  code: '436',
  message:
    'Reason for new episode is that both child’s placement and legal status have changed, but this is not reflected in the episode data.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD) return;
      if (!['U', 'B'].includes(ep.row.RNE ?? '')) return;
      const same = (c: string) => (ep.row[c] ?? '') === (prev.row[c] ?? '');
      if (same('LS') || ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'].every(same)) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
