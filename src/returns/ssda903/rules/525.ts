import { defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'];

/**
 * A child whose placement for adoption was reversed (DATE_PLACED_CEASED given) must not have adoption
 * details in AD1; both the PlacedAdoption row and the AD1 row fail.
 */
export const rule525 = defineRule({
  code: '525',
  message:
    'A child for whom the decision to be placed for adoption has been reversed cannot be adopted during the year.',
  type: 'error',
  tables: ['PlacedAdoption', 'AD1'],
  validate(data) {
    const ad1 = indexByChild(table(data, 'AD1')!);
    const pas: number[] = [];
    const ads: number[] = [];
    table(data, 'PlacedAdoption')!.forEach((pa, i) => {
      if (!pa.DATE_PLACED_CEASED) return;
      for (const a of ad1.get(pa.CHILD ?? '') ?? []) {
        if (AD1_FIELDS.some((f) => !!a.row[f])) {
          pas.push(i);
          ads.push(a.index);
        }
      }
    });
    return failures([
      ['PlacedAdoption', pas],
      ['AD1', ads],
    ]);
  },
});
