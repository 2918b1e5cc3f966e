import { sameAsHeader } from './helpers-c.ts';

/** DOB in PlacedAdoption must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT12 = sameAsHeader(
  'INT12',
  'Internal Check: DOB in PlacedAdoption is different to DOB in Header.',
  'PlacedAdoption',
  'DOB',
);
