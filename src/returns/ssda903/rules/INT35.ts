import { onlyOnce } from './helpers-c.ts';

/** A child may appear only once in PrevPerm; every row of a repeated child is flagged. */
export const ruleINT35 = onlyOnce(
  'INT35',
  'Internal Check: Child should only exist once in PrevPerm.',
  'PrevPerm',
);
