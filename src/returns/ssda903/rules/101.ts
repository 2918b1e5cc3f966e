import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** Sex must be M, F or U (from 2024/25; previously 1 or 2). */
export const rule101 = defineRule({
  code: '101',
  message: 'The child or young person’s reported sex is not valid.',
  type: 'error',
  tables: ['Header'],
  validate(data) {
    const header = table(data, 'Header')!;
    return failures([['Header', rowsWhere(header, (r) => !['M', 'F', 'U'].includes(r.SEX ?? ''))]]);
  },
});
