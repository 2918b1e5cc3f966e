import { sameAsHeader } from './helpers-c.ts';

/** DOB in PrevPerm must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT16 = sameAsHeader(
  'INT16',
  'Internal Check: DOB in PrevPerm is different to DOB in Header.',
  'PrevPerm',
  'DOB',
);
