import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/** A start date (MIS_START) needs the kind of absence (MISSING). */
export const rule565 = defineRule({
  code: '565',
  message:
    'The date that the child started to be missing or away from placement without authorisation has been completed but whether the child was missing or away from placement without authorisation has not been completed.',
  type: 'error',
  tables: ['Missing'],
  validate(data) {
    const rows = table(data, 'Missing')!;
    return failures([['Missing', rowsWhere(rows, (r) => filled(r.MIS_START) && blank(r.MISSING))]]);
  },
});
