import { date, defineRule, failures, table } from '../rule.ts';
import { pdEq, sortedEpisodes } from './helpers-b.ts';

/**
 * An episode continuing the previous one (previous REC X1 and previous DEC equal to this DECOM, by DECOM
 * order) must keep its category of need (CIN). As pandas, a blank CIN never matches. An episode with a blank
 * CHILD is no child's, as in the reference validator, where a blank CHILD equals no other.
 */
export const rule504 = defineRule({
  code: '504',
  message:
    'The category of need code differs from that reported at start of current period of being looked after',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const sorted = sortedEpisodes(table(data, 'Episodes')!);
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD || prev.row.REC !== 'X1') return;
      const prevDec = date(prev.row.DEC);
      if (prevDec && prevDec === ep.decom && !pdEq(ep.row.CIN, prev.row.CIN)) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
