import { defineRule, failures } from '../rule.ts';
import { ceasedAgeCheck } from './helpers-b.ts';

/** An episode ceasing as adopted (REC E11/E12) must end before the child's 18th birthday. */
export const rule386 = defineRule({
  code: '386',
  message: 'Reason episode ceased is adopted but child has reached age 18.',
  type: 'error',
  tables: ['Header', 'Episodes'],
  validate(data) {
    return failures([
      ['Episodes', ceasedAgeCheck(data, ['E11', 'E12'], 18, (b18, dec) => !!b18 && !!dec && b18 <= dec)],
    ]);
  },
});
