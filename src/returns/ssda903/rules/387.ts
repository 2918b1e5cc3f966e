import { defineRule, failures } from '../rule.ts';
import { ceasedAgeCheck } from './helpers-b.ts';

/**
 * An episode ceasing to independent living (REC E5/E6) with a DEC must end on or after the 14th birthday.
 * As the reference validator, a child with no Header row or no valid DOB also fails.
 */
export const rule387 = defineRule({
  code: '387',
  message:
    'Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    return failures([
      ['Episodes', ceasedAgeCheck(data, ['E5', 'E6'], 14, (b14, dec) => !!dec && !(b14 && b14 <= dec))],
    ]);
  },
});
