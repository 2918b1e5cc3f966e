import { sameAsHeader } from './helpers-c.ts';

/** DOB in OC3 must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT15 = sameAsHeader(
  'INT15',
  'Internal Check: DOB in OC3 is different to DOB in Header.',
  'OC3',
  'DOB',
);
