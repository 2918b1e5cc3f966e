import { byChild, date, defineRule, failures, ofChild, table } from '../rule.ts';
import { addYears, filled, uascFlag } from './helpers-a.ts';

/**
 * A child UASC last year (last year's Header flag 1) but not this year must have a DUC in last year's UASC
 * row within last year's collection year, and no DUC in this year's UASC row. The UASC row and the
 * child's Header row fail. The Header UASC flag is derived as the reference validator does (see
 * `uascFlag`).
 */
export const rule205A = defineRule({
  code: '205A',
  message:
    'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
  type: 'error',
  tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
  validate(data) {
    const header = table(data, 'Header')!;
    const headerLast = table(data, 'Header_last')!;
    const uascLast = table(data, 'UASC_last')!;
    const startLast = addYears(data.collectionStart, -1);
    const endLast = addYears(data.collectionEnd, -1);
    const uascRows: number[] = [];
    const headerRows: number[] = [];
    table(data, 'UASC')!.forEach((u, ui) => {
      const heads = (byChild(header).get(u.CHILD ?? '') ?? []).map(({ row: h, index: hi }) => ({ h, hi }));
      const current = heads.length > 0 ? heads : [{ h: undefined, hi: -1 }];
      for (const { h, hi } of current) {
        const flag = h ? uascFlag(data, h, false) : undefined;
        for (const l of ofChild(uascLast, u.CHILD)) {
          const ducLast = date(l.DUC);
          for (const hl of ofChild(headerLast, u.CHILD)) {
            const lastOnly = flag !== '1' && uascFlag(data, hl, true) === '1';
            const inLastYear = ducLast !== null && ducLast >= startLast && ducLast <= endLast;
            if (lastOnly && (filled(u.DUC) || !inLastYear)) {
              uascRows.push(ui);
              if (hi >= 0) headerRows.push(hi);
            }
          }
        }
      }
    });
    return failures([
      ['UASC', uascRows],
      ['Header', headerRows],
    ]);
  },
});
