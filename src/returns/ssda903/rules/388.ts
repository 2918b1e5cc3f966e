import { date, defineRule, failures, table } from '../rule.ts';

/**
 * REC X1 (episode ends, new one starts) must be followed, for the same child in DECOM order, by an episode
 * starting on the DEC; an episode followed by one starting on its DEC must be X1; and a child's last
 * episode, when ceased, must not be X1. A blank DECOM sorts first (as 1 January 1901, as the reference).
 */
export const rule388 = defineRule({
  code: '388',
  message: 'Reason episode ceased is coded new episode begins, but there is no continuation episode.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    const rows = table(data, 'Episodes')!
      .map((row, index) => ({ row, index, decom: date(row.DECOM) ?? '1901-01-01', dec: date(row.DEC) }))
      .filter((e) => (e.row.CHILD ?? '') !== '')
      .sort((a, b) => {
        const c = (a.row.CHILD ?? '').localeCompare(b.row.CHILD ?? '');
        return c !== 0 ? c : a.decom < b.decom ? -1 : a.decom > b.decom ? 1 : a.index - b.index;
      });
    const failed: number[] = [];
    rows.forEach((ep, k) => {
      const next = rows[k + 1]?.row.CHILD === ep.row.CHILD ? rows[k + 1] : undefined;
      const rec = ep.row.REC ?? '';
      if (!ep.dec) return;
      if (!next) {
        if (rec === 'X1') failed.push(ep.index);
      } else if (rec === 'X1' ? ep.dec !== next.decom : rec !== '' && ep.dec === next.decom) {
        failed.push(ep.index);
      }
    });
    return failures([['Episodes', failed]]);
  },
});
