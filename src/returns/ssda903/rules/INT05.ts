import { childInHeader } from './helpers-c.ts';

/** Every child in OC2 must be in Header. */
export const ruleINT05 = childInHeader(
  'INT05',
  'Internal Check: Child in OC2 does not exist in Header.',
  'OC2',
);
