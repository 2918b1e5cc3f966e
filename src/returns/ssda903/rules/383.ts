import { defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

/**
 * After a temporary placement (T0-T4), the next episode must be a change of placement only (RNE P) back to
 * the placement before it: same PLACE and PL_POST as the episode two before. Episodes are ordered by CHILD
 * and DECOM; all three must be the same child, which a blank CHILD never is. As the reference validator
 * (pandas), a blank PLACE or PL_POST never equals another.
 *
 * DIFFERS from the reference validator only in ordering episodes whose DECOM is not a DD/MM/YYYY date: it
 * orders by DECOM read leniently (pandas' to_datetime with dayfirst and no format, so '2025-06-01' or
 * '1 June 2025' are dates there), where such a DECOM sorts last here. Rules on DECOM report those cells.
 */
export const rule383 = defineRule({
  code: '383',
  message: 'A child in a temporary placement must subsequently return to his/her normal placement.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      const before = sorted[k - 2];
      if (!prev || !before) return;
      const child = ep.row.CHILD;
      if (!child || prev.row.CHILD !== child || before.row.CHILD !== child) return;
      if (!['T0', 'T1', 'T2', 'T3', 'T4'].includes(prev.row.PLACE ?? '')) return;
      const post = ep.row.PL_POST ?? '';
      const postBefore = before.row.PL_POST ?? '';
      const postDiffers = post === '' || postBefore === '' || post !== postBefore;
      const place = ep.row.PLACE ?? '';
      const placeDiffers = place === '' || place !== (before.row.PLACE ?? '');
      if (ep.row.RNE !== 'P' || placeDiffers || postDiffers) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
