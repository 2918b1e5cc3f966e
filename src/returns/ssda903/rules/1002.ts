import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { childSet } from './helpers-a.ts';

/**
 * A child in OC3 must have an episode in this year's or last year's episodes.
 *
 * Reported as a query, not an error: the DfE checks this against every earlier year it holds, but from files
 * it can only see this year's and last year's episodes, and its own note says so ("may generate false
 * positives"). Every care leaver who left care before last year's collection (most of those aged 20 or 21)
 * is listed, as they are for every authority using the reference tool; the authority checks the list.
 */
export const rule1002 = defineRule({
  code: '1002',
  message:
    "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  type: 'query',
  tables: ['Episodes', 'OC3', 'Episodes_last'],
  validate(data) {
    const current = childSet(table(data, 'Episodes'));
    const last = childSet(table(data, 'Episodes_last'));
    return failures([
      ['OC3', rowsWhere(table(data, 'OC3')!, (r) => !current.has(r.CHILD ?? '') && !last.has(r.CHILD ?? ''))],
    ]);
  },
});
