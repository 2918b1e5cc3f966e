import { date, defineRule, failures, groupsOf, ofChild, table } from '../rule.ts';
import type { Ssda903Data } from '../spec.ts';
import { addYears, filled, uascFlag } from './helpers-a.ts';

/** A child's UASC flag for one year, the Header row that carries it, or the UASC row a stand-in is for. */
export interface UascStatus {
  flag: string | undefined;
  header: number | null;
  uasc: number | null;
}

/**
 * The UASC flags of one year's children, as the reference validator takes them for rules 205A to 205D:
 * from that year's Header rows (their own flag, or one derived from the UASC table: see `uascFlag`) when
 * that Header is loaded. A CSV upload may leave that year's Header out and still be checked: the validator
 * then stands in one row for each of that year's UASC rows, flagged '1' when its SEX or DUC is given and
 * '0' when not (DOB does not count), and reports no Header rows for that year. Each child's are made when
 * asked for, from the shared grouping by child.
 */
export function uascStatus(data: Ssda903Data, last: boolean): ReadonlyMap<string, readonly UascStatus[]> {
  const header = table(data, last ? 'Header_last' : 'Header');
  if (header) {
    return groupsOf(header, (row, index) => ({ flag: uascFlag(data, row, last), header: index, uasc: null }));
  }
  return groupsOf(table(data, last ? 'UASC_last' : 'UASC') ?? [], (row, index) => ({
    flag: filled(row.SEX) || filled(row.DUC) ? '1' : '0',
    header: null,
    uasc: index,
  }));
}

/**
 * A child UASC last year (last year's Header flag 1) but not this year must have a DUC in last year's UASC
 * row within last year's collection year, and no DUC in this year's UASC row. The UASC row and the
 * child's Header row fail. The flags are taken as the reference validator takes them (see `uascStatus`):
 * the rule needs both years' UASC tables, not both years' Headers.
 */
export const rule205A = defineRule({
  code: '205A',
  message:
    'Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both years does not support this.',
  type: 'error',
  tables: ['UASC', 'UASC_last'],
  validate(data) {
    const current = uascStatus(data, false);
    const previous = uascStatus(data, true);
    const uascLast = table(data, 'UASC_last')!;
    const startLast = addYears(data.collectionStart, -1);
    const endLast = addYears(data.collectionEnd, -1);
    const uascRows: number[] = [];
    const headerRows: number[] = [];
    table(data, 'UASC')!.forEach((u, ui) => {
      const heads = current.get(u.CHILD ?? '') ?? [{ flag: undefined, header: null, uasc: null }];
      for (const { flag, header: hi } of heads) {
        for (const { row: l } of ofChild(uascLast, u.CHILD)) {
          const ducLast = date(l.DUC);
          for (const { flag: flagLast } of previous.get(u.CHILD ?? '') ?? []) {
            const lastOnly = flag !== '1' && flagLast === '1';
            const inLastYear = ducLast !== null && ducLast >= startLast && ducLast <= endLast;
            if (lastOnly && (filled(u.DUC) || !inLastYear)) {
              uascRows.push(ui);
              if (hi !== null) headerRows.push(hi);
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
