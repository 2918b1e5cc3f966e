import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** SEX U (unknown, either case) is queried. */
export const rule232 = defineRule({
  code: '232',
  message: 'Sex of the child/young person has been reported as unknown.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    return failures([
      ['Header', rowsWhere(table(data, 'Header')!, (r) => (r.SEX ?? '').toUpperCase() === 'U')],
    ]);
  },
});
