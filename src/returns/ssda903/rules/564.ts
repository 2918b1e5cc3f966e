import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank } from './helpers-c.ts';

/** A missing or away period (MISSING M or A, either case) needs its start date (MIS_START). */
export const rule564 = defineRule({
  code: '564',
  message: 'Child was missing or away from placement without authorisation and the date started is blank.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([
      [
        'Missing',
        rowsWhere(rows, (r) => ['M', 'A', 'm', 'a'].includes(r.MISSING ?? '') && blank(r.MIS_START)),
      ],
    ]);
  },
});
