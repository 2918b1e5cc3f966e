import { describe, expect, it } from 'vitest';
import { rule169 } from './169.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('169', () => {
  it('fails an episode whose PL_POST gives no LA of placement, except under V3/V4', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'C2', PL_POST: 'AB1 2BB' }, // pass
      { CHILD: 'a', LS: 'C2', PL_POST: 'EH1 1AA' }, // pass: SCO
      { CHILD: 'b', LS: 'C2', PL_POST: 'ZZ9 9ZZ' }, // fail: not in the lookup
      { CHILD: 'b', LS: 'C2', PL_POST: '' }, // fail: blank
      { CHILD: 'c', LS: 'C2', PL_POST: 'JE1 1AA' }, // fail: Jersey has no authority code
      { CHILD: 'c', LS: 'V4', PL_POST: '' }, // pass: short break
      { CHILD: 'c', LS: '', PL_POST: '' }, // fail: a blank LS is not V3/V4
    ];
    expect(rule169.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({ Episodes: [2, 3, 4, 6] });
  });
});
