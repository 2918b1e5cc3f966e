import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { blank, filled } from './helpers-c.ts';

/**
 * As the reference validator checks it: LA_PERM or DATE_PERM completed but PREV_PERM blank. (The message
 * speaks of Z1; the check is of a blank PREV_PERM.)
 */
export const rule635 = defineRule({
  code: '635',
  message:
    'There are entries for date of order and local authority code where previous permanence option was arranged but previous permanence code is Z1',
  type: 'error',
  tables: ['PrevPerm'],
  validate(data) {
    const rows = table(data, 'PrevPerm')!;
    return failures([
      ['PrevPerm', rowsWhere(rows, (r) => (filled(r.LA_PERM) || filled(r.DATE_PERM)) && blank(r.PREV_PERM))],
    ]);
  },
});
