import { defineRule, failures } from '../rule.ts';
import { lastedTooLong } from './helpers-b.ts';

/**
 * A temporary placement for an unspecified reason (T4) must not end more than 7 days after it starts. As the reference validator, only
 * episodes with both DECOM and DEC, of children with a Header date of birth, are checked.
 */
export const rule379 = defineRule({
  code: '379',
  message: 'Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', lastedTooLong(data, 'T4', 7)]]);
  },
});
