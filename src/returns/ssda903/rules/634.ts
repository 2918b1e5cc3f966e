import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/**
 * A PrevPerm row with anything completed (PREV_PERM, LA_PERM or DATE_PERM) needs the child to have an episode
 * starting in the collection year: as the reference validator checks it, the child's latest valid DECOM must
 * not be before 1 April. Flags the PrevPerm row and all the child's episodes. Children without episodes are
 * not checked.
 */
export const rule634 = defineRule({
  code: '634',
  message:
    'There are entries for previous permanence options, but child has not started to be looked after from 1 April 2016 onwards.',
  type: 'error',
  tables: ['Episodes', 'PrevPerm'],
  validate(data) {
    const episodes = byChild(table(data, 'Episodes')!);
    const eps: number[] = [];
    const perms: number[] = [];
    table(data, 'PrevPerm')!.forEach((p, i) => {
      if (!filled(p.PREV_PERM) && !filled(p.DATE_PERM) && !filled(p.LA_PERM)) return;
      // The reference takes each child's latest start with pandas' groupby, which gives a blank CHILD none.
      if (blank(p.CHILD)) return;
      const rows = episodes.get(p.CHILD ?? '') ?? [];
      const starts = rows.map((e) => date(e.row.DECOM)).filter((d): d is string => d !== null);
      if (starts.length === 0) return;
      const lastStart = starts.sort().at(-1)!;
      if (lastStart < data.collectionStart) {
        perms.push(i);
        eps.push(...rows.map((e) => e.index));
      }
    });
    return failures([
      ['Episodes', eps],
      ['PrevPerm', perms],
    ]);
  },
});
