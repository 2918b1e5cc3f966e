import { childInHeader } from './helpers-c.ts';

/** Every child in UASC must be in Header. */
export const ruleINT09 = childInHeader(
  'INT09',
  'Internal Check: Child in UASC does not exist in Header.',
  'UASC',
);
