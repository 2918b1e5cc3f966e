import { defineRule, failures } from '../rule.ts';
import { startedTooYoung } from './helpers-b.ts';

/**
 * A placement in residential employment (P3) must start on or after the child's 14th birthday. As the reference
 * validator, only episodes with both DECOM and DEC are checked (open episodes are not).
 */
export const rule374 = defineRule({
  code: '374',
  message: 'Child in residential employment should be at least 14 years old.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', startedTooYoung(data, 'P3', 14)]]);
  },
});
