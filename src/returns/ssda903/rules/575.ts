import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/**
 * A missing period that started during an episode that has ended (MIS_START between DECOM and DEC,
 * inclusive) must have an end date (MIS_END).
 */
export const rule575 = defineRule({
  code: '575',
  message:
    'If the placement from which the child goes missing/away from placement without authorisation ends, the missing/away from placement without authorisation period in the missing module must also have an end date.',
  type: 'error',
  tables: ['Episodes', 'Missing'],
  validate(data) {
    const episodes = byChild(table(data, 'Episodes')!);
    const failed: number[] = [];
    table(data, 'Missing')!.forEach((m, i) => {
      const start = date(m.MIS_START);
      if (start === null || !blank(m.MIS_END)) return;
      const inEnded = (episodes.get(m.CHILD ?? '') ?? []).some((e) => {
        const decom = date(e.row.DECOM);
        const dec = date(e.row.DEC);
        return decom !== null && dec !== null && start >= decom && start <= dec;
      });
      if (inEnded) failed.push(i);
    });
    return failures([['Missing', failed]]);
  },
});
