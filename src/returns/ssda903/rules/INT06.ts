import { childInHeader } from './helpers-c.ts';

/** Every child in OC3 must be in Header. */
export const ruleINT06 = childInHeader(
  'INT06',
  'Internal Check: Child in OC3 does not exist in Header.',
  'OC3',
);
