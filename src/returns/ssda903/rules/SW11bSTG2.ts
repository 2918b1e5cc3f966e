import { addDays } from '../../../domain/dates.ts';
import { date, defineRule, failures, table } from '../rule.ts';
import { byChildId, byDate, indexed, stableSort } from './helpers-c.ts';

/**
 * A child's social worker episodes in SW_DECOM order: an episode is flagged when the previous one ended
 * (SW_DEC) on or after five days before the collection end and it has no valid start (SW_DECOM), as the
 * reference validator checks it. The reference also flags every episode of a child with only one social
 * worker episode, which contradicts the DfE rule (a single episode open all year is the commonest case and
 * has not "ended before 31 March"), so we do not.
 */
export const ruleSW11bSTG2 = defineRule({
  code: 'SW11bSTG2',
  message:
    'Social worker episode has ended before 31 March and no subsequent social worker episode has been provided.',
  type: 'error',
  tables: ['SWEpisodes'],
  validate(data) {
    const rows = table(data, 'SWEpisodes')!;
    const threshold = addDays(data.collectionEnd, -5);
    const sorted = stableSort(indexed(rows), [byChildId, byDate('SW_DECOM')]);
    const failed: number[] = [];
    for (let i = 1; i < sorted.length; i++) {
      const prev = sorted[i - 1]!;
      const cur = sorted[i]!;
      if (prev.row.CHILD !== cur.row.CHILD) continue;
      const prevEnd = date(prev.row.SW_DEC);
      if (prevEnd !== null && prevEnd >= threshold && date(cur.row.SW_DECOM) === null) failed.push(cur.index);
    }
    return failures([['SWEpisodes', failed]]);
  },
});
