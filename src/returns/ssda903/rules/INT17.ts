import { sameAsHeader } from './helpers-c.ts';

/** DOB in Reviews must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT17 = sameAsHeader(
  'INT17',
  'Internal Check: DOB in Reviews is different to DOB in Header.',
  'Reviews',
  'DOB',
);
