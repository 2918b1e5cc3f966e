import { onlyOnce } from './helpers-c.ts';

/** A child may appear only once in Header; every row of a repeated child is flagged. */
export const ruleINT32 = onlyOnce(
  'INT32',
  'Internal Check: Child should only exist once in Header.',
  'Header',
);
