import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A placement with parents (P1) cannot be under a single period of section 20 accommodation (V2). */
export const rule378 = defineRule({
  code: '378',
  message:
    'A child who is placed with parent(s) cannot be looked after under a single period of accommodation under Section 20 of the Children Act 1989.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      ['Episodes', rowsWhere(table(data, 'Episodes')!, (r) => r.PLACE === 'P1' && r.LS === 'V2')],
    ]);
  },
});
