import { date, defineRule, failures, ofChild, table } from '../rule.ts';
import { uascStatus } from './205A.ts';

/**
 * A child not UASC in either year (Header flags 0 or missing) must have no valid DUC in this year's or last
 * year's UASC row. The UASC row and the child's Header row fail. The flags are taken as the reference
 * validator takes them (see `uascStatus`): the rule needs both years' UASC tables, not both years' Headers.
 */
export const rule205C = defineRule({
  code: '205C',
  message:
    'Child not identified as UASC either this year or last year but date UASC ceased has been provided.',
  type: 'error',
  tables: ['UASC', 'UASC_last'],
  validate(data) {
    const current = uascStatus(data, false);
    const previous = uascStatus(data, true);
    const uascLast = table(data, 'UASC_last')!;
    const notUasc = (flag: string | undefined) => flag === undefined || flag === '' || flag === '0';
    const uascRows: number[] = [];
    const headerRows: number[] = [];
    table(data, 'UASC')!.forEach((u, ui) => {
      const heads = current.get(u.CHILD ?? '') ?? [{ flag: undefined, header: null, uasc: null }];
      const lasts: { duc: string | null; flag: string | undefined }[] = [];
      for (const { row: l } of ofChild(uascLast, u.CHILD)) {
        const hls = previous.get(u.CHILD ?? '') ?? [{ flag: undefined, header: null, uasc: null }];
        for (const hl of hls) lasts.push({ duc: date(l.DUC), flag: hl.flag });
      }
      if (lasts.length === 0) lasts.push({ duc: null, flag: undefined });
      for (const { flag, header: hi } of heads) {
        for (const last of lasts) {
          if (notUasc(flag) && notUasc(last.flag) && (date(u.DUC) !== null || last.duc !== null)) {
            uascRows.push(ui);
            if (hi !== null) headerRows.push(hi);
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
