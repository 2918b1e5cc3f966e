import { describe, expect, it } from 'vitest';
import { rule179 } from './179.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('179', () => {
  it('fails an episode whose PL_POST is not found (no IN or OUT), except under V3/V4', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'C2', PL_POST: 'AB1 2BB' }, // pass: IN
      { CHILD: 'a', LS: 'C2', PL_POST: 'JE1 1AA' }, // pass: OUT (no PL_LA, but found)
      { CHILD: 'b', LS: 'C2', PL_POST: 'ZZ9 9ZZ' }, // fail
      { CHILD: 'b', LS: 'C2', PL_POST: '' }, // fail
      { CHILD: 'c', LS: 'V3', PL_POST: '' }, // pass
    ];
    expect(rule179.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({ Episodes: [2, 3] });
    // PL_LOCATION's being blank does not depend on the authority's own code.
    const { ownLa: _, ...withoutOwnLa } = TEST_REFERENCE;
    expect(rule179.validate(dataRef({ Episodes }, withoutOwnLa))).toEqual({ Episodes: [2, 3] });
  });
});
