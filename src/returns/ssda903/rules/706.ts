import { date, defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { blank } from './helpers-a.ts';

/**
 * A DoLO still open in last year's return (a valid DOLO_START and a blank DOLO_END) must be in this year's
 * return: the child has a DoLO starting on the same date. Last year's row fails (the reference validator
 * reports its row number against this year's DoLo table, where it points at an unrelated row). Last
 * year's open DoLOs without a valid start date are not checked. The rule needs last year's DoLo table,
 * so it first applies to the 2027/28 collection: 2026/27 is the first year with DoLOs.
 */
export const rule706 = defineRule({
  code: '706',
  message:
    'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of this year..',
  type: 'error',
  tables: ['DoLo', 'DoLo_last'],
  validate(data) {
    const thisYear = table(data, 'DoLo')!;
    return failures([
      [
        'DoLo_last',
        rowsWhere(table(data, 'DoLo_last')!, (last) => {
          const start = date(last.DOLO_START);
          if (start === null || !blank(last.DOLO_END)) return false;
          return !ofChild(thisYear, last.CHILD).some(({ row: r }) => date(r.DOLO_START) === start);
        }),
      ],
    ]);
  },
});
