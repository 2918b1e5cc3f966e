import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows } from './helpers-d.ts';

/** Each LAchildID must appear once: every row of a repeated ID (blank included) is flagged. */
export const rule8510 = defineCinRule({
  code: '8510',
  message: 'More than one child record with the same LA Child ID',
  type: 'error',
  tables: ['ChildIdentifiers'],
  validate(data) {
    const rows = cinTable(data, 'ChildIdentifiers');
    const failing: number[] = [];
    for (const [, idx] of groupRows(rows, ['LAchildID'])) {
      if (idx.length > 1) failing.push(...idx);
    }
    return cinFailures([['ChildIdentifiers', failing]]);
  },
});
