import { date, defineRule, failures, table } from '../rule.ts';
import { periodsOfCare } from './helpers-c.ts';

/**
 * A missing period's start (MIS_START) must fall within one of the child's periods of care (on or after its
 * first DECOM and, when it has ended, on or before its last DEC). Children with no episodes, and rows whose
 * start is blank or not a date, are not checked.
 */
export const rule578 = defineRule({
  code: '578',
  message: 'The date that the child started to be missing is after the child ceased to be looked after.',
  type: 'error',
  tables: ['Episodes', 'Missing'],
  validate(data) {
    const periods = periodsOfCare(table(data, 'Episodes')!);
    const failed: number[] = [];
    table(data, 'Missing')!.forEach((m, i) => {
      const start = date(m.MIS_START);
      const pocs = periods.get(m.CHILD ?? '');
      if (start === null || !pocs) return;
      if (pocs.every((p) => start < p.start || (p.end !== null && start > p.end))) failed.push(i);
    });
    return failures([['Missing', failed]]);
  },
});
