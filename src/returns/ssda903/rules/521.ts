import { date, defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/**
 * An episode placed for adoption (A3-A6) must not start before the AD1 date should be placed (DATE_INT);
 * both the episode and the AD1 row fail.
 */
export const rule521 = defineRule({
  code: '521',
  message:
    "Date of local authority's decision (LA) that adoption is in the best interests of the child (date should be placed) must be on or prior to the date the child is placed for adoption.",
  type: 'error',
  tables: ['Episodes', 'AD1'],
  validate(data) {
    const ad1 = indexByChild(table(data, 'AD1')!);
    const eps: number[] = [];
    const ads: number[] = [];
    table(data, 'Episodes')!.forEach((ep, i) => {
      const decom = date(ep.DECOM);
      if (!['A3', 'A4', 'A5', 'A6'].includes(ep.PLACE ?? '') || !decom) return;
      for (const a of ad1.get(ep.CHILD ?? '') ?? []) {
        const int = date(a.row.DATE_INT);
        if (int && int > decom) {
          eps.push(i);
          ads.push(a.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['AD1', ads],
    ]);
  },
});
