import { onlyOnce } from './helpers-c.ts';

/** A child may appear only once in AD1; every row of a repeated child is flagged. */
export const ruleINT31 = onlyOnce('INT31', 'Internal Check: Child should only exist once in AD1.', 'AD1');
