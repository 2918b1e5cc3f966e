import { defineRule, failures, table } from '../rule.ts';
import { sortedEpisodes } from './helpers-b.ts';

const CEASED = new Set([
  'E2',
  'E3',
  'E4A',
  'E4B',
  'E5',
  'E6',
  'E7',
  'E8',
  'E9',
  'E11',
  'E12',
  'E13',
  'E14',
  'E15',
  'E16',
  'E17',
  'E41',
  'E45',
  'E46',
  'E47',
  'E48',
]);

/**
 * After an episode ending the period of care (REC other than X1), the child's next episode must be RNE S. An
 * episode with a blank CHILD is no child's, as in the reference validator, where a blank CHILD equals no
 * other.
 */
export const rule432 = defineRule({
  code: '432',
  message:
    'The child ceased to be looked after at the end of the previous episode but the reason for the new episode is not started to be looked after.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (
        prev &&
        !!ep.row.CHILD &&
        prev.row.CHILD === ep.row.CHILD &&
        CEASED.has(prev.row.REC ?? '') &&
        ep.row.RNE !== 'S'
      ) {
        failed.push(ep.index);
      }
    });
    return failures([['Episodes', failed]]);
  },
});
