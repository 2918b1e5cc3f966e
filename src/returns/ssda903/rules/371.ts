import { defineRule, failures } from '../rule.ts';
import { startedTooYoung } from './helpers-b.ts';

/**
 * A placement in supported accommodation (K3) must start on or after the child's 16th birthday. As the reference
 * validator, only episodes with both DECOM and DEC are checked (open episodes are not).
 */
export const rule371 = defineRule({
  code: '371',
  message:
    'Child in supported accomodation not subject to children’s homes regulations should be at least 16.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', startedTooYoung(data, 'K3', 16)]]);
  },
});
