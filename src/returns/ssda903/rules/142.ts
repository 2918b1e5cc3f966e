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
    // Each child's last episode by DECOM (a blank or invalid DECOM after every date; the later row on a tie).
    const last = new Map<string, { index: number; start: string | null }>();
    rows.forEach((r, index) => {
      const start = date(r.DECOM);
      const child = r.CHILD ?? '';
      const seen = last.get(child);
      if (!seen || start === null || (seen.start !== null && start >= seen.start))
        last.set(child, { index, start });
    });
    const failed: number[] = [];
    rows.forEach((r, index) => {
      if (last.get(r.CHILD ?? '')!.index === index) return;
      if (!filled(r.CHILD) || date(r.DECOM) === null) return;
      if (date(r.DEC) === null || !filled(r.REC)) failed.push(index);
    });
    return failures([['Episodes', failed]]);
  },
});
