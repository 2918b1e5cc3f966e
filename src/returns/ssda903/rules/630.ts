import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/**
 * A child who started to be looked after in the year (an episode with RNE S and DECOM on or after 1 April)
 * needs a PrevPerm row with PREV_PERM completed, and, unless PREV_PERM is Z1, LA_PERM and DATE_PERM too.
 * Flags the episode.
 */
export const rule630 = defineRule({
  code: '630',
  message: 'Information on previous permanence option should be returned.',
  type: 'error',
  tables: ['Episodes', 'PrevPerm'],
  validate(data) {
    const prev = byChild(table(data, 'PrevPerm')!);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((e, i) => {
      const decom = date(e.DECOM);
      if (e.RNE !== 'S' || decom === null || decom < data.collectionStart) return;
      const rows = prev.get(e.CHILD ?? '');
      if (!rows) {
        failed.push(i);
        return;
      }
      const bad = rows.some(
        (p) =>
          blank(p.row.PREV_PERM) ||
          (p.row.PREV_PERM !== 'Z1' && (blank(p.row.LA_PERM) || blank(p.row.DATE_PERM))),
      );
      if (bad) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
