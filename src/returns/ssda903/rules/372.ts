import { defineRule, failures } from '../rule.ts';
import { startedTooYoung } from './helpers-b.ts';

/**
 * A placement in youth custody (R5) must start on or after the child's 10th birthday. As the reference
 * validator, only episodes with both DECOM and DEC are checked (open episodes are not).
 */
export const rule372 = defineRule({
  code: '372',
  message: 'Child in youth custody or prison should be at least 10.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', startedTooYoung(data, 'R5', 10)]]);
  },
});
