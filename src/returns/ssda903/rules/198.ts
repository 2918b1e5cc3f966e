import { defineRule, failures, rowsWhere, table } from '../rule.ts';
import { continuouslyLookedAfter, filled } from './helpers-a.ts';

/** An OC2 row with an SDQ reason must be for a child looked after continuously through the year. */
export const rule198 = defineRule({
  code: '198',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed. ',
  type: 'error',
  tables: ['Episodes', 'OC2'],
  validate(data) {
    const cla = continuouslyLookedAfter(data);
    return failures([
      ['OC2', rowsWhere(table(data, 'OC2')!, (r) => filled(r.SDQ_REASON) && !cla.has(r.CHILD ?? ''))],
    ]);
  },
});
