import { date, defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/** For an episode ending in adoption (REC E11/E12), the AD1 date of matching must not be after its DECOM. */
export const rule331 = defineRule({
  code: '331',
  message:
    'Date of matching child and adopter(s) should be the same as, or prior to, the date of placement of adoption.',
  type: 'error',
  tables: ['AD1', 'Episodes'],
  validate(data) {
    const ad1 = indexByChild(table(data, 'AD1')!);
    const eps: number[] = [];
    const ads: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      if (!['E11', 'E12'].includes(ep.REC ?? '')) return;
      const decom = date(ep.DECOM);
      for (const a of ad1.get(ep.CHILD ?? '') ?? []) {
        const match = date(a.row.DATE_MATCH);
        if (decom && match && match > decom) {
          eps.push(i);
          ads.push(a.index);
        }
      }
    });
    return failures([
      ['AD1', ads],
      ['Episodes', eps],
    ]);
  },
});
