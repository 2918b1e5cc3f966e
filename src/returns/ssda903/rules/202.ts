import { defineRule, failures, ofChild, rowsWhere, table } from '../rule.ts';
import { cell } from './helpers-a.ts';

/** A child in last year's Header must have the same SEX this year (a blank differs from a value). */
export const rule202 = defineRule({
  code: '202',
  message: 'The gender code conflicts with the gender already recorded for this child.',
  type: 'error',
  tables: ['Header', 'Header_last'],
  validate(data) {
    const last = table(data, 'Header_last')!;
    return failures([
      [
        'Header',
        rowsWhere(table(data, 'Header')!, (r) =>
          ofChild(last, r.CHILD).some(({ row: l }) => cell(l, 'SEX') !== cell(r, 'SEX')),
        ),
      ],
    ]);
  },
});
