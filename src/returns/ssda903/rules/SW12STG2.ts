import { byChild, date, defineRule, failures, table } from '../rule.ts';
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
    const sw = byChild(table(data, 'SWEpisodes')!);
    const episodes = table(data, 'Episodes')!;
    const inCare = episodes.filter((e) => !['V3', 'V4'].includes(e.LS ?? ''));
    const periods = periodsOfCare(inCare);
    const failed: number[] = [];
    episodes.forEach((e, i) => {
      const decom = date(e.DECOM);
      if (['V3', 'V4'].includes(e.LS ?? '') || decom === null || date(e.DEC) !== null) return;
      if (decom > data.collectionEnd) return;
      const period = (periods.get(e.CHILD ?? '') ?? []).find((p) => p.start <= decom && p.end === null);
      const began = period?.start ?? decom;
      const needed = began > data.collectionStart ? began : data.collectionStart;
      const starts = (sw.get(e.CHILD ?? '') ?? [])
        .map((s) => date(s.row.SW_DECOM))
        .filter((d): d is string => d !== null)
        .sort();
      if (starts.length === 0 || starts[0]! > needed) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
