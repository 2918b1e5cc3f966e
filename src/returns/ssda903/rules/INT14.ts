import { sameAsHeader } from './helpers-c.ts';

/** DOB in OC2 must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT14 = sameAsHeader(
  'INT14',
  'Internal Check: DOB in OC2 is different to DOB in Header.',
  'OC2',
  'DOB',
);
