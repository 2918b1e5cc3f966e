import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { latest } from './helpers-c.ts';

/**
 * The first child's date of birth (MC_DOB) must not be after the end of the collection year or after the
 * end (DEC) of the mother's latest-ending episode. Only children with an episode with a valid DEC are
 * checked; flags that episode and the Header row.
 */
export const rule625 = defineRule({
  code: '625',
  message:
    'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be looked after.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    const header = byChild(table(data, 'Header')!);
    const eps: number[] = [];
    const heads: number[] = [];
    byChild(table(data, 'Episodes')!).forEach((rows, child) => {
      // The reference drops episodes with a blank CHILD before finding each child's latest.
      if (child === '') return;
      const last = latest(rows, 'DEC');
      if (!last) return;
      const dec = date(last.row.DEC)!;
      for (const h of header.get(child) ?? []) {
        const born = date(h.row.MC_DOB);
        if (born !== null && (born > data.collectionEnd || born > dec)) {
          eps.push(last.index);
          heads.push(h.index);
        }
      }
    });
    return failures([
      ['Episodes', eps],
      ['Header', heads],
    ]);
  },
});
