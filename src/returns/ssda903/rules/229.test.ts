import { describe, expect, it } from 'vitest';
import { rule229 } from './229.ts';
import { dataRef, provider, providerList, TEST_REFERENCE } from './helpers-ref.ts';

describe('229', () => {
  it("fails own provision outside the authority's area and others' provision inside it", () => {
    const providers = providerList(
      provider('IN', { postcode: 'AB1 2BB' }), // in the county E10000001
      provider('OUT', { postcode: 'CD1 1AA' }), // in E06000001
      provider('WALES', { postcode: 'CF1 1AA' }), // no English authority
      provider('UNKNOWN', { postcode: 'ZZ9 9ZZ' }),
    );
    const e = { PLACE: 'K2' };
    const Episodes = [
      { ...e, CHILD: 'a', PLACE_PROVIDER: 'PR1', URN: 'IN' }, // pass
      { ...e, CHILD: 'a', PLACE_PROVIDER: 'PR1', URN: 'OUT' }, // fail
      { ...e, CHILD: 'b', PLACE_PROVIDER: 'PR2', URN: 'IN' }, // fail
      { ...e, CHILD: 'b', PLACE_PROVIDER: 'PR2', URN: 'OUT' }, // pass
      { ...e, CHILD: 'c', PLACE_PROVIDER: 'PR1', URN: 'WALES' }, // fail: no authority is not ours
      { ...e, CHILD: 'c', PLACE_PROVIDER: 'PR2', URN: 'UNKNOWN' }, // pass
      { ...e, CHILD: 'd', PLACE_PROVIDER: 'PR1', URN: 'NOT LISTED' }, // fail: unknown authority
      { ...e, CHILD: 'd', PLACE: 'K3', PLACE_PROVIDER: 'PR1', URN: 'OUT' }, // pass: supported accommodation
      { ...e, CHILD: 'd', PLACE: 'R1', PLACE_PROVIDER: 'PR1', URN: 'OUT' }, // pass: left out
      { ...e, CHILD: 'e', PLACE_PROVIDER: 'PR3', URN: 'IN' }, // pass: only PR1 and PR2 checked
      { ...e, CHILD: 'e', PLACE_PROVIDER: 'PR1', URN: 'XXXXXXX' }, // pass
    ];
    const data = dataRef({ Episodes }, { ...TEST_REFERENCE, providers });
    expect(rule229.validate(data)).toEqual({ Episodes: [1, 2, 4, 6] });
  });
});
