import { defineRule, failures } from '../rule.ts';
import { ceasedAgeCheck } from './helpers-b.ts';

/**
 * An episode ceasing to adult social care (REC E7) must end on or after the 16th birthday. As the
 * reference validator, a blank DEC, or a child with no Header row or valid DOB, also fails.
 */
export const rule389 = defineRule({
  code: '389',
  message:
    'Reason episode ceased is that child transferred to care of adult social care services, but child is aged under 16.',
  type: 'error',
  tables: ['Episodes', 'Header'],
  validate(data) {
    return failures([
      ['Episodes', ceasedAgeCheck(data, ['E7'], 16, (b16, dec) => !(b16 && dec && b16 <= dec))],
    ]);
  },
});
