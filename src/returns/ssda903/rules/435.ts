import { defineRule, failures, table } from '../rule.ts';
import { pdEq, sortedEpisodes } from './helpers-b.ts';

/**
 * An episode with RNE P or T (placement changed) must keep the LS of the child's previous episode (by DECOM)
 * and differ in PLACE, PL_POST, URN or PLACE_PROVIDER. As the reference (pandas), a blank cell never equals
 * another, so a blank LS fails and a blank placement field counts as a change. An episode with a blank CHILD
 * is no child's, as in the reference validator, where a blank CHILD equals no other.
 */
export const rule435 = defineRule({
  code: '435',
  message:
    'Reason for new episode is that child’s placement has changed but not the legal status, but this is not reflected in the episode data recorded.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD) return;
      if (!['P', 'T'].includes(ep.row.RNE ?? '')) return;
      const same = ['PLACE', 'PL_POST', 'URN', 'PLACE_PROVIDER'].every((c) => pdEq(ep.row[c], prev.row[c]));
      if (!pdEq(ep.row.LS, prev.row.LS) || same) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
