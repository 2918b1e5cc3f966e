import { byChild, date, defineRule, failures, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/**
 * A girl (Header SEX F) who ceased to be looked after in the year (an episode with DEC in the collection
 * year and REC completed and not X1), other than from short breaks (LS V3 or V4), needs MOTHER completed.
 * Flags the episode and the Header row.
 */
export const rule607 = defineRule({
  code: '607',
  message: 'Child ceased to be looked after in the year, but mother field has not been completed.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    const header = byChild(table(data, 'Header')!);
    const eps: number[] = [];
    const heads: number[] = [];
    table(data, 'Episodes')!.forEach((e, i) => {
      const dec = date(e.DEC);
      if (dec === null || dec < data.collectionStart || dec > data.collectionEnd) return;
      if (!filled(e.REC) || e.REC === 'X1' || ['V3', 'V4'].includes(e.LS ?? '')) return;
      for (const h of header.get(e.CHILD ?? '') ?? []) {
        if (h.row.SEX === 'F' && blank(h.row.MOTHER)) {
          eps.push(i);
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
