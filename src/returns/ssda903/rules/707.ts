import { date, defineRule, failures, table } from '../rule.ts';
import { fitsNoPeriodOfCare, periodsOfCare } from './helpers-c.ts';

/**
 * A DoLO (with a valid DOLO_START) must fit one of the child's periods of care, as the reference validator
 * judges it (the same test as rule 577 for missing periods): a DoLO with no end date (blank, or not a
 * date) is outside a period that has ended or that began after the DoLO started; a DoLO with an end date
 * is outside a period that ended before the DoLO did or began after it. Children with no episodes are not
 * checked.
 */
export const rule707 = defineRule({
  code: '707',
  message: 'Child ceased to be looked after but there is a DoLO without an end date.',
  type: 'error',
  tables: ['DoLo', 'Episodes'],
  validate(data) {
    const periods = periodsOfCare(table(data, 'Episodes')!);
    const failed: number[] = [];
    table(data, 'DoLo')!.forEach((dolo, index) => {
      const start = date(dolo.DOLO_START);
      const pocs = periods.get(dolo.CHILD ?? '');
      if (start !== null && pocs && fitsNoPeriodOfCare(pocs, start, date(dolo.DOLO_END))) failed.push(index);
    });
    return failures([['DoLo', failed]]);
  },
});
