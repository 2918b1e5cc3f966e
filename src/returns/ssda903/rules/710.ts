import { defineRule, failures } from '../rule.ts';
import { placementsDuringDolos } from './helpers-dolo.ts';

/**
 * The placement types a child with a DoLO must not be in: K1 secure children's home, P1 with parents, R5
 * young offender institution, K3 supported accommodation.
 */
const NOT_ALLOWED = ['K1', 'P1', 'R5', 'K3'];

/**
 * No episode overlapping a DoLO (with both dates; see `placementsDuringDolos`) may be in placement K1, P1,
 * R5 or K3. The DoLo row and the episode fail. (The reference validator reads a PLACEMENT column, which
 * the Episodes file does not have; PLACE is the placement type.)
 */
export const rule710 = defineRule({
  code: '710',
  message:
    "Child with a DoLO can not be placed in secure children's homes, with parents, young offender institutions, or supported accommodation.",
  type: 'error',
  tables: ['DoLo', 'Episodes'],
  validate(data) {
    const wrong = placementsDuringDolos(data).filter((p) => NOT_ALLOWED.includes(p.place));
    return failures([
      ['DoLo', wrong.map((p) => p.dolo)],
      ['Episodes', wrong.map((p) => p.episode)],
    ]);
  },
});
