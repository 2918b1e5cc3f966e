import { defineRule, failures } from '../rule.ts';
import { startedTooYoung } from './helpers-b.ts';

/**
 * A placement in a residential school (S1) must start on or after the child's 4th birthday. As the reference
 * validator, only episodes with both DECOM and DEC are checked (open episodes are not).
 */
export const rule373 = defineRule({
  code: '373',
  message: 'Child placed in a school should be at least 4 years old.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', startedTooYoung(data, 'S1', 4)]]);
  },
});
