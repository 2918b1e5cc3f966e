import { date, defineRule, failures, table } from '../rule.ts';

/**
 * A continuation episode (RNE P, L, T, U or B) must start on the day the child's previous episode (by DECOM
 * then DEC) ceased, compared as the cells' text; a blank DECOM or previous DEC also fails. An episode with a
 * blank CHILD is no child's, as in the reference validator, where a blank CHILD equals no other.
 */
export const rule433 = defineRule({
  code: '433',
  message:
    'The reason for new episode suggests that this is a continuation episode, but the episode does not start on the same day as the last episode finished.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const key = (d: string | null) => d ?? '9999-99-99';
    const sorted = table(data, 'Episodes')!
      .map((row, index) => ({ row, index, decom: key(date(row.DECOM)), dec: key(date(row.DEC)) }))
      .sort((a, b) => {
        const c = (a.row.CHILD ?? '').localeCompare(b.row.CHILD ?? '');
        if (c !== 0) return c;
        if (a.decom !== b.decom) return a.decom < b.decom ? -1 : 1;
        if (a.dec !== b.dec) return a.dec < b.dec ? -1 : 1;
        return a.index - b.index;
      });
    const failed: number[] = [];
    sorted.forEach((ep, k) => {
      const prev = sorted[k - 1];
      if (!prev || !ep.row.CHILD || prev.row.CHILD !== ep.row.CHILD) return;
      if (!['P', 'L', 'T', 'U', 'B'].includes((ep.row.RNE ?? '').toUpperCase())) return;
      const prevDec = prev.row.DEC ?? '';
      const decom = ep.row.DECOM ?? '';
      if (!prevDec || !decom || prevDec !== decom) failed.push(ep.index);
    });
    return failures([['Episodes', failed]]);
  },
});
