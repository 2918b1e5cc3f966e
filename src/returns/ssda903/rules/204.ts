import { defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { cell } from './helpers-a.ts';

/** A child in last year's Header must have the same ETHNIC this year, ignoring case. */
export const rule204 = defineRule({
  code: '204',
  message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
  type: 'error',
  tables: ['Header', 'Header_last'],
  validate(data) {
    const last = table(data, 'Header_last')!;
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) =>
          ofChild(last, r.CHILD).some(
            ({ row: l }) => cell(l, 'ETHNIC').toUpperCase() !== cell(r, 'ETHNIC').toUpperCase(),
          ),
        ),
      ],
    ]);
  },
});
