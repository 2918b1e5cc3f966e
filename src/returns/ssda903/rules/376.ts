import { defineRule, failures } from '../rule.ts';
import { lastedTooLong } from './helpers-b.ts';

/**
 * A temporary placement for the foster carers' holiday (T3) must not end more than 21 days after it starts. As the reference validator, only
 * episodes with both DECOM and DEC, of children with a Header date of birth, are checked.
 */
export const rule376 = defineRule({
  code: '376',
  message:
    'Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', lastedTooLong(data, 'T3', 21)]]);
  },
});
