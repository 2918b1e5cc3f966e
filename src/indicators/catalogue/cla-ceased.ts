import { eachWithin } from '../candidates.ts';
import { member, periodOfCareStart } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { isShortBreak } from './cla.ts';

/**
 * One member per period of care (its last episode is the record) whose last episode ended in the month with a
 * reason other than X1 (X1 joins two episodes of the same period). A period ending in a short break (V3, V4)
 * is not counted: the child was not counted as looked after in it (see cla.ts). A child whose care ends twice
 * in the month counts twice.
 */
export const claCeased = defineIndicator({
  id: 'cla_ceased',
  title: 'Periods of care ending',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'Periods of care ending in the month.',
  facts: [
    ['care_start', 'Care start'],
    ['care_end', 'Care end'],
    ['reason_end', 'Reason ended'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'episodes', 'end', period.start, period.end, (c, e) => {
      if (e.reasonEnd === null || e.reasonEnd === 'X1' || isShortBreak(e)) return;
      out.add(
        out.listing &&
          member(c, { care_start: periodOfCareStart(c, e), care_end: e.end, reason_end: e.reasonEnd }, e.id),
      );
    });
    return { kind: 'count' };
  },
});
