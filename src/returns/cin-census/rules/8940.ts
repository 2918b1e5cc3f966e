import { cinTable, defineCinRule } from '../rule.ts';
import { FailuresE, childKeyE, dateE, groupE } from './helpers-e.ts';

/**
 * Overlapping child protection plans of one child: a plan's start date falls on or after another plan's
 * start and on or before its end, or (where the other plan is open) on or before the reference date.
 * Both plans are flagged. Each row is a different plan (CPPID numbers plans only within an episode, so
 * two episodes' plans may share one).
 */
export const rule8940 = defineCinRule({
  code: '8940',
  message: 'Child Protection Plan data contains overlapping dates',
  type: 'error',
  tables: ['ChildProtectionPlans'],
  validate(data) {
    const plans = cinTable(data, 'ChildProtectionPlans');
    const failures = new FailuresE();
    for (const group of groupE(plans, childKeyE).values()) {
      for (const a of group) {
        for (const b of group) {
          const pa = plans[a];
          const pb = plans[b];
          if (!pa || !pb || a === b) continue;
          const startA = dateE(pa.CPPstartDate);
          const startB = dateE(pb.CPPstartDate);
          if (startA === null || startB === null || startA < startB) continue;
          const endB = dateE(pb.CPPendDate);
          if (endB !== null ? startA <= endB : startA <= data.referenceDate)
            failures.add('ChildProtectionPlans', a, b);
        }
      }
    }
    return failures.result();
  },
});
