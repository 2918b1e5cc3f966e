import { byChild, defineRule, failures, table } from '../rule.ts';
import { same } from './helpers-c.ts';

/** An episode ending in adoption (REC E11 or E12) should not end (DEC) on the AD1 matching date (DATE_MATCH). */
export const rule582 = defineRule({
  code: '582',
  message:
    'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the date reported for being matched with adopters. In most circumstances we expect the date the child is matched with adopters to be before the date of adoption.',
  type: 'error',
  tables: ['Episodes', 'AD1'],
  validate(data) {
    const ad1 = byChild(table(data, 'AD1')!);
    const failed: number[] = [];
    table(data, 'Episodes')!.forEach((e, i) => {
      if (!['E11', 'E12'].includes(e.REC ?? '')) return;
      if ((ad1.get(e.CHILD ?? '') ?? []).some((a) => same(e.DEC, a.row.DATE_MATCH))) failed.push(i);
    });
    return failures([['Episodes', failed]]);
  },
});
