import { date, defineRule, failures, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/**
 * A child in UASC with episodes, none of which is open during the collection year (DEC on or after the
 * start, or blank, and DECOM on or before the end), must not have care leaver data in OC3: both the UASC
 * and the OC3 rows fail.
 */
export const rule1014 = defineRule({
  code: '1014',
  message: 'UASC information is not required for care leavers',
  type: 'error',
  tables: ['Episodes', 'UASC', 'OC3'],
  validate(data) {
    const { collectionStart: start, collectionEnd: end } = data;
    const inYear = new Map<string, boolean>();
    for (const e of table(data, 'Episodes')!) {
      const decom = date(e.DECOM);
      const dec = date(e.DEC);
      // A DEC that is not a date counts as blank, as the reference validator coerces it.
      const open = decom !== null && decom <= end && (dec === null || dec >= start);
      const child = e.CHILD ?? '';
      // The reference counts episodes with pandas' groupby, which gives a blank CHILD no count.
      if (child === '') continue;
      inYear.set(child, (inYear.get(child) ?? false) || open);
    }
    const oc3 = table(data, 'OC3')!;
    const uasc = table(data, 'UASC')!;
    const leavers = new Set(
      oc3.filter((r) => filled(r.IN_TOUCH) || filled(r.ACTIV) || filled(r.ACCOM)).map((r) => r.CHILD ?? ''),
    );
    const flagged = (child: string) => inYear.get(child) === false && leavers.has(child);
    const uascChildren = new Set(uasc.map((r) => r.CHILD ?? ''));
    const uascRows: number[] = [];
    uasc.forEach((r, i) => {
      if (flagged(r.CHILD ?? '')) uascRows.push(i);
    });
    const oc3Rows: number[] = [];
    oc3.forEach((r, i) => {
      const child = r.CHILD ?? '';
      if (
        uascChildren.has(child) &&
        flagged(child) &&
        (filled(r.IN_TOUCH) || filled(r.ACTIV) || filled(r.ACCOM))
      )
        oc3Rows.push(i);
    });
    return failures([
      ['UASC', uascRows],
      ['OC3', oc3Rows],
    ]);
  },
});
