import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/** A V3 short-break episode must have RNE S. */
export const rule366 = defineRule({
  code: '366',
  message: 'A child cannot change placement during the course of an individual short-term respite break.',
  type: 'error',
  tables: ['Episodes'],
  validate(data) {
    return failures([
      ['Episodes', rowsWhere(table(data, 'Episodes')!, (r) => r.LS === 'V3' && r.RNE !== 'S')],
    ]);
  },
});
