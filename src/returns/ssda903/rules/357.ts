import { defineRule, failures, table } from '../rule.ts';
import { extremeByChild } from './helpers-b.ts';

/**
 * A child's earliest episode, when it starts in the collection year or later, must have RNE S. Episodes
 * with a blank CHILD are left out (extremeByChild), as the reference validator's groupby('CHILD') leaves them.
 */
export const rule357 = defineRule({
  code: '357',
  message:
    'If this is the first episode ever for this child, reason for new episode must be S.  Check whether there is an episode immediately preceding this one, which has been left out.  If not the reason for new episode code must be amended to S.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const episodes = table(data, 'Episodes')!;
    const failed: number[] = [];
    for (const first of extremeByChild(episodes, 'DECOM', 'min').values()) {
      if (first.date >= data.collectionStart && episodes[first.index]!.RNE !== 'S') failed.push(first.index);
    }
    return failures([['Episodes', failed]]);
  },
});
