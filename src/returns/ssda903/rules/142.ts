import { date, defineRule, failures, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/**
 * Every episode but each child's last (by DECOM; an episode with an invalid or blank DECOM sorts last) must
 * have a DEC (a valid date) and a REC. Episodes with no CHILD or no valid DECOM are not flagged.
 */
export const rule142 = defineRule({
  code: '142',
  message: 'A new episode has started, but the previous episode has not ended.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const rows = table(data, 'Episodes')!;
    const order = rows
      .map((r, index) => ({ index, start: date(r.DECOM) }))
      .sort((a, b) => {
        if (a.start === b.start) return a.index - b.index;
        if (a.start === null) return 1;
        if (b.start === null) return -1;
        return a.start < b.start ? -1 : 1;
      });
    const last = new Map<string, number>();
    for (const o of order) last.set(rows[o.index]!.CHILD ?? '', o.index);
    const failed: number[] = [];
    rows.forEach((r, index) => {
      if (last.get(r.CHILD ?? '') === index) return;
      if (!filled(r.CHILD) || date(r.DECOM) === null) return;
      if (date(r.DEC) === null || !filled(r.REC)) failed.push(index);
    });
    return failures([['Episodes', failed]]);
  },
});
