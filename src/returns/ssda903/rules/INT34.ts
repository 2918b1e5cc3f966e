import { onlyOnce } from './helpers-c.ts';

/** A child may appear only once in OC3; every row of a repeated child is flagged. */
export const ruleINT34 = onlyOnce('INT34', 'Internal Check: Child should only exist once in OC3.', 'OC3');
