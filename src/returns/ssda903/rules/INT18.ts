import { sameAsHeader } from './helpers-c.ts';

/** DOB in UASC must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT18 = sameAsHeader(
  'INT18',
  'Internal Check: DOB in UASC is different to DOB in Header.',
  'UASC',
  'DOB',
);
