import { defineRule, failures } from '../rule.ts';
import { placementsDuringDolos } from './helpers-dolo.ts';

/** The placement types expected for a child with a DoLO: K2 children's home, Z12 and Z13. */
const EXPECTED = ['K2', 'Z12', 'Z13'];

/**
 * Every episode overlapping a DoLO (with both dates; see `placementsDuringDolos`) should be in placement
 * K2, Z12 or Z13 (a blank PLACE fails). The DoLo row fails. The reference validator reads a PLACEMENT
 * column, which the Episodes file does not have (PLACE is the placement type), and leaves out episodes that
 * have not ended, which rule 710 includes; this implementation reads PLACE and includes them.
 */
export const rule709 = defineRule({
  code: '709',
  message: 'Child with a DoLO is in an unexpected placement type.',
  type: 'error',
  tables: ['DoLo', 'Episodes'],
  validate(data) {
    const wrong = placementsDuringDolos(data).filter((p) => !EXPECTED.includes(p.place));
    return failures([['DoLo', wrong.map((p) => p.dolo)]]);
  },
});
