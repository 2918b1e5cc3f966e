import { byChild, date, defineRule, failures, table } from '../rule.ts';

/**
 * A missing period must start (MIS_START) within one of the child's episodes (on or after DECOM and on or
 * before DEC, or DEC blank). Children with no episodes are not checked; a blank or bad MIS_START fits no
 * episode and is flagged, as in the reference validator.
 */
export const rule581 = defineRule({
  code: '581',
  message: 'Child is missing but has not yet started to be looked after.',
  type: 'error',
  tables: ['Episodes', 'Missing'],
  validate(data) {
    const episodes = byChild(table(data, 'Episodes')!);
    const failed: number[] = [];
    table(data, 'Missing')!.forEach((m, i) => {
      const eps = episodes.get(m.CHILD ?? '');
      if (!eps) return;
      const start = date(m.MIS_START);
      const inEpisode = eps.some((e) => {
        const decom = date(e.row.DECOM);
        const dec = date(e.row.DEC);
        return start !== null && decom !== null && start >= decom && (dec === null || start <= dec);
      });
      if (!inEpisode) failed.push(i);
    });
    return failures([['Missing', failed]]);
  },
});
