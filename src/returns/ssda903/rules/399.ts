import { defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/**
 * A child all of whose episodes are V3/V4 (short breaks) must not have MOTHER, REVIEW or REVIEW_CODE
 * completed. Each combination of the child's episode, Header row and Reviews row (as a pandas left merge)
 * with any of those filled flags all three rows.
 * A blank CHILD is no child's, as the reference validator's groupby on CHILD leaves blanks out.
 */
export const rule399 = defineRule({
  code: '399',
  message:
    'Mother field, review field or participation field are completed but child is looked after under legal status V3 or V4.',
  type: 'error',
  tables: ['Episodes', 'Header', 'Reviews'],
  validate(data) {
    const episodes = indexByChild(table(data, 'Episodes')!);
    const header = indexByChild(table(data, 'Header')!);
    const reviews = indexByChild(table(data, 'Reviews')!);
    const eps: number[] = [];
    const heads: number[] = [];
    const revs: number[] = [];
    episodes.forEach((list, child) => {
      if (child === '') return;
      if (!list.every((e) => ['V3', 'V4'].includes(e.row.LS ?? ''))) return;
      const hs = header.get(child) ?? [undefined];
      const rs = reviews.get(child) ?? [undefined];
      for (const e of list) {
        for (const h of hs) {
          for (const r of rs) {
            if (h?.row.MOTHER || r?.row.REVIEW || r?.row.REVIEW_CODE) {
              eps.push(e.index);
              if (h) heads.push(h.index);
              if (r) revs.push(r.index);
            }
          }
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['Header', heads],
      ['Reviews', revs],
    ]);
  },
});
