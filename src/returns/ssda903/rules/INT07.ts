import { childInHeader } from './helpers-c.ts';

/** Every child in PrevPerm must be in Header. */
export const ruleINT07 = childInHeader(
  'INT07',
  'Internal Check: Child in PrevPerm does not exist in Header.',
  'PrevPerm',
);
