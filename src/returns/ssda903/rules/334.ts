import { date, defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/**
 * The latest episode with RNE S (the start of the latest period of care) must start on or before the AD1
 * date should be placed (DATE_INT). Both the episode and the AD1 row are flagged. Episodes with a blank
 * CHILD are left out, as the reference validator's groupby('CHILD') leaves them.
 *
 * DIFFERS from the reference validator when a child's RNE S episodes have no readable DECOM: its groupby
 * idxmax then gives no row (NaN) and the whole rule fails to run, reporting nothing. Here the other
 * children are still checked.
 */
export const rule334 = defineRule({
  code: '334',
  message:
    'Date child started to be looked after in latest period of care must be on or prior to the date should be placed for adoption. ',
  type: 'error',
  tables: ['Episodes', 'AD1'],
  validate(data) {
    const latest = new Map<string, { index: number; decom: string }>();
    table(data, 'Episodes')!.forEach((ep, index) => {
      const decom = date(ep.DECOM);
      if (ep.RNE !== 'S' || !decom || !ep.CHILD) return;
      const seen = latest.get(ep.CHILD ?? '');
      if (!seen || decom > seen.decom) latest.set(ep.CHILD ?? '', { index, decom });
    });
    const eps: number[] = [];
    const ads: number[] = [];
    const ad1 = indexByChild(table(data, 'AD1')!);
    for (const [child, ep] of latest) {
      for (const a of ad1.get(child) ?? []) {
        const int = date(a.row.DATE_INT);
        if (int && int < ep.decom) {
          eps.push(ep.index);
          ads.push(a.index);
        }
      }
    }
    return failures([
      ['Episodes', eps],
      ['AD1', ads],
    ]);
  },
});
