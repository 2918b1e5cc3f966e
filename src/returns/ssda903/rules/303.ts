import { byChild, defineRule, failures, table } from '../rule.ts';
import { filled, uascFlag } from './helpers-a.ts';

/**
 * A child with a DUC in the UASC table must have the Header UASC flag 1. The UASC and Header rows fail. As
 * in the reference validator, the flag comes from the Header's own UASC cell (the XML form) or, for CSV
 * files, from the child having a UASC row (see `uascFlag`), in which case the rule cannot fail.
 */
export const rule303 = defineRule({
  code: '303',
  message:
    'If date Unaccompanied Asylum-Seeking Child (UASC) status ceased is not null, UASC status must be coded 1.',
  type: 'error',
  tables: ['UASC', 'Header'],
  validate(data) {
    const uasc = table(data, 'UASC')!;
    const uascRows: number[] = [];
    const headerRows: number[] = [];
    table(data, 'Header')!.forEach((h, hi) => {
      const ceased = (byChild(uasc).get(h.CHILD ?? '') ?? []).filter((u) => filled(u.row.DUC));
      if (ceased.length === 0) return;
      const flag = uascFlag(data, h, false);
      if (flag === undefined || Number(flag === '' ? NaN : flag) !== 1) {
        for (const u of ceased) uascRows.push(u.index);
        headerRows.push(hi);
      }
    });
    return failures([
      ['UASC', uascRows],
      ['Header', headerRows],
    ]);
  },
});
