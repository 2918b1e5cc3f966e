import { sameAsHeader } from './helpers-c.ts';

/** DOB in AD1 must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT11 = sameAsHeader(
  'INT11',
  'Internal Check: DOB in AD1 is different to DOB in Header.',
  'AD1',
  'DOB',
);
