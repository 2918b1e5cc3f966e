import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

const AD1_FIELDS = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR'] as const;

/**
 * A child adopted in the year (an episode with REC E11 or E12 ending within the collection year) who is in
 * AD1 needs every AD1 adoption field completed; flags the episode and the incomplete AD1 row.
 */
export const rule601 = defineRule({
  code: '601',
  message:
    'The additional fields relating to adoption have not been completed although the episode data shows that the child was adopted during the year.',
  type: 'error',
  tables: ['Episodes', 'AD1'],
  validate(data) {
    const ad1 = byChild(table(data, 'AD1')!);
    const eps: number[] = [];
    const ads: number[] = [];
    table(data, 'Episodes')!.forEach((e, i) => {
      const dec = date(e.DEC);
      if (dec === null || dec < data.collectionStart || dec > data.collectionEnd) return;
      if (!['E11', 'E12'].includes(e.REC ?? '')) return;
      for (const a of ad1.get(e.CHILD ?? '') ?? []) {
        if (AD1_FIELDS.some((f) => blank(a.row[f]))) {
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
