import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, present } from './helpers-d.ts';

/**
 * A child cannot have the same disability code twice: every repeated row is flagged. Rows with no child ID or
 * no code are no child's and no code's, as the reference groups them (pandas' groupby drops a missing key).
 */
export const rule8794 = defineCinRule({
  code: '8794',
  message: 'Child has two or more disabilities with the same code',
  type: 'error',
  tables: ['Disabilities'],
  validate(data) {
    const rows = cinTable(data, 'Disabilities');
    const failing: number[] = [];
    for (const [, idx] of groupRows(rows, ['LAchildID', 'Disability'])) {
      const first = rows[idx[0] as number];
      if (idx.length > 1 && present(first?.LAchildID) && present(first?.Disability)) failing.push(...idx);
    }
    return cinFailures([['Disabilities', failing]]);
  },
});
