import { date, defineRule, failures, table } from '../rule.ts';
import { fitsNoPeriodOfCare, periodsOfCare } from './helpers-c.ts';

/**
 * A missing period (with a valid MIS_START) is flagged when it fits none of the child's periods of care
 * (`fitsNoPeriodOfCare`, shared with rule 707 for DoLOs). Children with no episodes are not checked.
 * Periods of care are built as the reference validator builds them (helpers-c.ts).
 */
export const rule577 = defineRule({
  code: '577',
  message:
    'Child ceased to be looked after but there is a missing/away from placement without authorisation period without an end date.',
  type: 'error',
  tables: ['Episodes', 'Missing'],
  validate(data) {
    const periods = periodsOfCare(table(data, 'Episodes')!);
    const failed: number[] = [];
    table(data, 'Missing')!.forEach((m, i) => {
      const start = date(m.MIS_START);
      if (start === null) return;
      const end = date(m.MIS_END);
      const pocs = periods.get(m.CHILD ?? '');
      if (!pocs) return;
      if (fitsNoPeriodOfCare(pocs, start, end)) failed.push(i);
    });
    return failures([['Missing', failed]]);
  },
});
