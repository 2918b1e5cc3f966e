import { describe, expect, it } from 'vitest';
import { rule1015 } from './1015.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('1015', () => {
  it("fails own provision placed outside the authority's area", () => {
    const e = { LS: 'C2', PLACE: 'K2', PLACE_PROVIDER: 'PR1', HOME_POST: 'AB1 1AA' };
    const Episodes = [
      { ...e, CHILD: 'a', PL_POST: 'AB1 2BB' }, // pass: in the county (E10000001)
      { ...e, CHILD: 'a', PL_POST: 'CD1 1AA' }, // fail: E06000001
      { ...e, CHILD: 'b', PL_POST: 'EH1 1AA' }, // fail: Scotland
      { ...e, CHILD: 'b', PL_POST: 'ZZ9 9ZZ' }, // fail: not in the lookup, so no PL_LA
      { ...e, CHILD: 'c', PLACE: 'U4', PL_POST: 'CD1 1AA' }, // pass: foster care may be outside
      { ...e, CHILD: 'c', PLACE: 'K3', PL_POST: 'CD1 1AA' }, // pass: supported accommodation (2025/26)
      { ...e, CHILD: 'c', LS: 'V3', PL_POST: 'CD1 1AA' }, // pass: short break
      { ...e, CHILD: 'd', PLACE_PROVIDER: 'PR2', PL_POST: 'CD1 1AA' }, // pass: not own provision
      { ...e, CHILD: 'd', PLACE: '', PL_POST: 'CD1 1AA' }, // pass: no PLACE
      { ...e, CHILD: 'd', LS: '', PL_POST: 'CD1 1AA' }, // pass: no LS
    ];
    expect(rule1015.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({ Episodes: [1, 2, 3] });
  });
});
