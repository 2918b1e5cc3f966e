import { defineRule, failures } from '../rule.ts';
import { lastedTooLong } from './helpers-b.ts';

/**
 * A temporary placement for hospitalisation (T1) must not end more than 42 days after it starts. As the reference validator, only
 * episodes with both DECOM and DEC, of children with a Header date of birth, are checked.
 */
export const rule375 = defineRule({
  code: '375',
  message: 'Hospitalisation coded as a temporary placement exceeds six weeks.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([['Episodes', lastedTooLong(data, 'T1', 42)]]);
  },
});
