import { sameAsHeader } from './helpers-c.ts';

/** DOB in Missing must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT13 = sameAsHeader(
  'INT13',
  'Internal Check: DOB in Missing is different to DOB in Header.',
  'Missing',
  'DOB',
);
