import { childInHeader } from './helpers-c.ts';

/** Every child in Episodes must be in Header. */
export const ruleINT03 = childInHeader(
  'INT03',
  'Internal Check: Child in Episodes does not exist in Header.',
  'Episodes',
);
