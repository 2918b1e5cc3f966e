import { cinFailures, cinTable, defineCinRule } from '../rule.ts';
import { groupRows } from './helpers-d.ts';

const isNone = (cell: string | undefined): boolean => (cell ?? '').trim().toUpperCase() === 'NONE';

/**
 * A child recorded with disability NONE should have no other disability value: the child's other rows
 * (blank ones included, as the reference compares them) are flagged.
 */
export const rule8790 = defineCinRule({
  code: '8790',
  message: 'Disability information includes both None and other values',
  type: 'error',
  tables: ['Disabilities'],
  validate(data) {
    const rows = cinTable(data, 'Disabilities');
    const failing: number[] = [];
    for (const [, idx] of groupRows(rows, ['LAchildID'])) {
      if (idx.some((i) => isNone(rows[i]?.Disability))) {
        failing.push(...idx.filter((i) => !isNone(rows[i]?.Disability)));
      }
    }
    return cinFailures([['Disabilities', failing]]);
  },
});
