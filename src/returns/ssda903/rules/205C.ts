import { byChild, date, defineRule, failures, ofChild, table } from '../rule.ts';
import { uascFlag } from './helpers-a.ts';

/**
 * A child not UASC in either year (Header flags 0 or missing) must have no valid DUC in this year's or last
 * year's UASC row. The UASC row and the child's Header row fail.
 */
export const rule205C = defineRule({
  code: '205C',
  message:
    'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
  type: 'error',
  tables: ['UASC', 'UASC_last', 'Header', 'Header_last'],
  validate(data) {
    const header = table(data, 'Header')!;
    const headerLast = table(data, 'Header_last')!;
    const uascLast = table(data, 'UASC_last')!;
    const notUasc = (flag: string | undefined) => flag === undefined || flag === '' || flag === '0';
    const uascRows: number[] = [];
    const headerRows: number[] = [];
    table(data, 'UASC')!.forEach((u, ui) => {
      const heads = (byChild(header).get(u.CHILD ?? '') ?? []).map(({ row: h, index: hi }) => ({ h, hi }));
      const current = heads.length > 0 ? heads : [{ h: undefined, hi: -1 }];
      const lasts: { duc: string | null; flag: string | undefined }[] = [];
      for (const l of ofChild(uascLast, u.CHILD)) {
        const hls = ofChild(headerLast, u.CHILD);
        if (hls.length === 0) lasts.push({ duc: date(l.DUC), flag: undefined });
        for (const hl of hls) lasts.push({ duc: date(l.DUC), flag: uascFlag(data, hl, true) });
      }
      if (lasts.length === 0) lasts.push({ duc: null, flag: undefined });
      for (const { h, hi } of current) {
        const flag = h ? uascFlag(data, h, false) : undefined;
        for (const last of lasts) {
          if (notUasc(flag) && notUasc(last.flag) && (date(u.DUC) !== null || last.duc !== null)) {
            uascRows.push(ui);
            if (hi >= 0) headerRows.push(hi);
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
