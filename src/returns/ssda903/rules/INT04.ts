import { childInHeader } from './helpers-c.ts';

/** Every child in Missing must be in Header. */
export const ruleINT04 = childInHeader(
  'INT04',
  'Internal Check: Child in Missing does not exist in Header.',
  'Missing',
);
