import { childInHeader } from './helpers-c.ts';

/** Every child in Reviews must be in Header. */
export const ruleINT08 = childInHeader(
  'INT08',
  'Internal Check: Child in Reviews does not exist in Header.',
  'Reviews',
);
