import { date, defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * A DoLO must end after it started. As in the reference validator, a DoLO ending on the day it started
 * fails too (the DfE's condition is that DOLO_END is after DOLO_START); rows without two valid dates are
 * left to rules 700 and 701.
 */
export const rule702 = defineRule({
  code: '702',
  message: 'The date that the DoLO ended is before the date that it started.',
  type: 'error',
  tables: ['DoLo'],
  validate(data) {
    return failures([
      [
        'DoLo',
        rowsWhere(table(data, 'DoLo')!, (r) => {
          const start = date(r.DOLO_START);
          const end = date(r.DOLO_END);
          return start !== null && end !== null && end <= start;
        }),
      ],
    ]);
  },
});
