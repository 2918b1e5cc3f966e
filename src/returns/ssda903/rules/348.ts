import { defineRule, failures, table } from '../rule.ts';
import { indexByChild } from './helpers-b.ts';

/** A care leaver reported as died (IN_TOUCH DIED) last year must be reported as died again this year. */
export const rule348 = defineRule({
  code: '348',
  message: 'Care leaver has previously been reported as having died. ',
  type: 'error',
  tables: ['OC3', 'OC3_last'],
  validate(data) {
    const last = indexByChild(table(data, 'OC3_last')!);
    const failed: number[] = [];
    table(data, 'OC3')!.forEach((r, i) => {
      const died = (last.get(r.CHILD ?? '') ?? []).some((l) => l.row.IN_TOUCH === 'DIED');
      if (died && r.IN_TOUCH !== 'DIED') failed.push(i);
    });
    return failures([['OC3', failed]]);
  },
});
