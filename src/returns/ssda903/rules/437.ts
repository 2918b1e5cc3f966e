import { defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

/**
 * An episode ceasing because the child died (E2) or was aged 18+ (E15) must be the child's last (by DECOM).
 * An episode with a blank CHILD is no child's, as in the reference validator, where a blank CHILD equals no
 * other.
 */
export const rule437 = defineRule({
  code: '437',
  message: 'Reason episode ceased is child has died or is aged 18 or over but there are further episodes.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const next = sorted[k + 1];
      if (!ep.decom || !['E2', 'E15'].includes((ep.row.REC ?? '').toUpperCase())) return;
      if (next && ep.row.CHILD && next.row.CHILD === ep.row.CHILD) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
