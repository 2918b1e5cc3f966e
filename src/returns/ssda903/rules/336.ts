import { defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

const FOSTER_OR_ADOPTION = ['A3', 'A4', 'A5', 'A6', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6'];

/**
 * An A3 or A4 placement (placed for adoption with current foster carer) must follow, in DECOM order, an
 * episode placed A3-A6 or U1-U6. The child's first episode is not checked. An A3 or A4 episode with a blank
 * CHILD always fails, as in the reference validator, whose groupby('CHILD') gives it neither a previous
 * placement nor a first episode.
 *
 * DIFFERS from the reference validator when a child has episodes but none with a readable DECOM: its
 * groupby idxmin then gives no row (NaN) and the whole rule fails to run, reporting nothing. Here the
 * other children are still checked.
 */
export const rule336 = defineRule({
  code: '336',
  message: 'Child does not have a foster placement immediately prior to being placed for adoption.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      if (!ep.row.CHILD) {
        if (['A3', 'A4'].includes(ep.row.PLACE ?? '')) failed.push(ep.index);
        return;
      }
      const prev = sorted[k - 1];
      if (!prev || prev.row.CHILD !== ep.row.CHILD) return;
      if (['A3', 'A4'].includes(ep.row.PLACE ?? '') && !FOSTER_OR_ADOPTION.includes(prev.row.PLACE ?? '')) {
        failed.push(ep.index);
      }
    });
    return failures([['Episodes', failed]]);
  },
});
