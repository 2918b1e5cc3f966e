import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { childSet } from './helpers-a.ts';

/** A child in OC3 must have an episode in this year's or last year's episodes. */
export const rule1002 = defineRule({
  code: '1002',
  message:
    "This child has no previous episodes of care, therefore should not have care leaver information recorded. [NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to last year's collection.]",
  type: 'error',
  tables: ['Episodes', 'OC3', 'Episodes_last'],
  validate(data) {
    const current = childSet(table(data, 'Episodes'));
    const last = childSet(table(data, 'Episodes_last'));
    return failures([
      ['OC3', rowsWhere(table(data, 'OC3')!, (r) => !current.has(r.CHILD ?? '') && !last.has(r.CHILD ?? ''))],
    ]);
  },
});
