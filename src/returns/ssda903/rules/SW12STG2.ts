import { addDays } from '../../../domain/dates.ts';
import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * Episodes that start care (RNE S) or end it (REC not X1), other than short breaks (LS V3, V4), ending
 * within the social worker reporting period (DEC from a year before the collection start to its end) or not
 * ended, need social worker episodes to match: each of the child's social worker episodes must either start
 * on or before the episode's end (when REC is not X1) or on or after its start (when RNE is S). Flags the
 * episode when the child has no social worker episode or any of them matches neither.
 */
export const ruleSW12STG2 = defineRule({
  code: 'SW12STG2',
  message:
    'If a child is looked after on 31 March then all social worker episodes for the full previous year should be reported, even those whilst they were not looked after',
  type: 'error',
  tables: ['SWEpisodes', 'Episodes'],
  validate(data) {
    const sw = byChild(table(data, 'SWEpisodes')!);
    const from = addDays(data.collectionStart, -365);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((e, i) => {
      const dec = date(e.DEC);
      const decom = date(e.DECOM);
      if (dec !== null && (dec < from || dec > data.collectionEnd)) return;
      if (['V3', 'V4'].includes(e.LS ?? '') || !(e.RNE === 'S' || e.REC !== 'X1')) return;
      const ok = (swDecom: string | null): boolean =>
        (swDecom !== null && dec !== null && swDecom <= dec && e.REC !== 'X1') ||
        (swDecom !== null && decom !== null && swDecom >= decom && e.RNE === 'S');
      const episodes = sw.get(e.CHILD ?? '');
      if (!episodes || episodes.some((s) => !ok(date(s.row.SW_DECOM)))) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
