import { defineRule, failures, rowsWhere, table } from '../rule.ts';

/**
 * A child in OC3 must not have an episode ending with REC E2 (died) in this year's or, where loaded, last
 * year's episodes.
 */
export const rule1000 = defineRule({
  code: '1000',
  message:
    'This child is recorded as having died in care and therefore should not have the care leaver information completed. [NOTE: This only tests the current and previous year data loaded into the tool]',
  type: 'error',
  tables: ['Episodes', 'OC3'],
  validate(data) {
    const died = new Set<string>();
    for (const rows of [table(data, 'Episodes')!, table(data, 'Episodes_last') ?? []]) {
      for (const r of rows) if ((r.REC ?? '').toUpperCase() === 'E2') died.add(r.CHILD ?? '');
    }
    return failures([['OC3', rowsWhere(table(data, 'OC3')!, (r) => died.has(r.CHILD ?? ''))]]);
  },
});
