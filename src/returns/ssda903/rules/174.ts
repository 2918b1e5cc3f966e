import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { filled } from './helpers-a.ts';

/** A child whose SEX is M must have no MC_DOB. */
export const rule174 = defineRule({
  code: '174',
  message: "Mother's child date of birth is recorded but sex shows that the child is a male.",
  type: 'error',
  tables: ['Header'],
  validate(data) {
    return failures([
      ['Header', rowsWhere(table(data, 'Header')!, (r) => r.SEX === 'M' && filled(r.MC_DOB))],
    ]);
  },
});
