import { sameAsHeader } from './helpers-c.ts';

/** SEX in UASC must match the child's Header row (blank or invalid values are not compared). */
export const ruleINT21 = sameAsHeader(
  'INT21',
  'Internal Check: SEX in UASC is different to SEX in Header.',
  'UASC',
  'SEX',
);
