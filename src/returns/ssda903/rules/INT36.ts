import { onlyOnce } from './helpers-c.ts';

/** A child may appear only once in UASC; every row of a repeated child is flagged. */
export const ruleINT36 = onlyOnce('INT36', 'Internal Check: Child should only exist once in UASC.', 'UASC');
