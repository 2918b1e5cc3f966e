import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/** An end date (MIS_END) needs the kind of absence (MISSING). */
export const rule566 = defineRule({
  code: '566',
  message:
    "The date that the child's episode of being missing or away from placement without authorisation ended has been completed but whether the child was missing or away without authorisation has not been completed.",
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([['Missing', rowsWhere(rows, (r) => filled(r.MIS_END) && blank(r.MISSING))]]);
  },
});
