import { onlyOnce } from './helpers-c.ts';

/** A child may appear only once in OC2; every row of a repeated child is flagged. */
export const ruleINT33 = onlyOnce('INT33', 'Internal Check: Child should only exist once in OC2.', 'OC2');
