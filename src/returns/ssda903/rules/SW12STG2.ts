import { date, defineRule, failures, table } from '../rule.ts';
import type { Row } from '../spec.ts';
import { periodsOfCare } from './helpers-c.ts';

/**
 * A child looked after on 31 March (an episode with no valid DEC, other than short breaks LS V3 and V4; a
 * DEC that is blank, spaces or not a date counts as none, as the reference coerces it) needs social worker
 * episodes for the full year: the earliest SW_DECOM must be on or before 1 April of the collection year, or
 * on or before the day the current period of care began when that was later (a child new to the service
 * may have had no social worker before). Flags the open episode when the child has no social worker
 * episode with a valid start, or the earliest starts later.
 *
 * The reference validator's 2025/26 version instead pairs every care start or end with every social worker
 * episode and, as its own test shows, flags any open episode not starting care (RNE other than S) whatever
 * the social worker episodes, and a social worker episode that began before care did, although the DfE
 * message asks for those; we follow the DfE message.
 */
export const ruleSW12STG2 = defineRule({
  code: 'SW12STG2',
  message:
    'If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after',
  type: 'error',
  tables: ['SWEpisodes', 'Episodes'],
  validate(data) {
    const episodes = table(data, 'Episodes')!;
    const shortBreak = (e: Row) => e.LS === 'V3' || e.LS === 'V4';
    const periods = periodsOfCare(episodes.filter((e) => !shortBreak(e)));
    // Each child's earliest social worker episode start.
    const earliest = new Map<string, string>();
    for (const s of table(data, 'SWEpisodes')!) {
      const start = date(s.SW_DECOM);
      const child = s.CHILD ?? '';
      const known = earliest.get(child);
      if (start !== null && (known === undefined || start < known)) earliest.set(child, start);
    }
    const failed: number[] = [];
    episodes.forEach((e, i) => {
      const decom = date(e.DECOM);
      if (shortBreak(e) || decom === null || date(e.DEC) !== null) return;
      if (decom > data.collectionEnd) return;
      const period = (periods.get(e.CHILD ?? '') ?? []).find((p) => p.start <= decom && p.end === null);
      const began = period?.start ?? decom;
      const needed = began > data.collectionStart ? began : data.collectionStart;
      const first = earliest.get(e.CHILD ?? '');
      if (first === undefined || first > needed) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
