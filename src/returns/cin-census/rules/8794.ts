import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows, present } from './helpers-d.ts';

/** A child cannot have the same disability code twice: every repeated row is flagged. */
export const rule8794 = defineCinRule({
  code: '8794',
  message: 'Child has two or more disabilities with the same code',
  type: 'error',
  tables: ['Disabilities'],
  validate(data) {
    const rows = cinTable(data, 'Disabilities');
    const failing: number[] = [];
    for (const [, idx] of groupRows(rows, ['LAchildID', 'Disability'])) {
      if (idx.length > 1 && present(rows[idx[0] as number]?.Disability)) failing.push(...idx);
    }
    return cinFailures([['Disabilities', failing]]);
  },
});
