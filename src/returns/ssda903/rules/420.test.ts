import { describe, expect, it } from 'vitest';
import { rule420 } from './420.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('420', () => {
  it('fails a short break (V3/V4) with an LA of placement', () => {
    const Episodes = [
      { CHILD: 'a', LS: 'V3', PL_POST: 'AB1 2BB' }, // fail
      { CHILD: 'a', LS: 'V4', PL_POST: 'CF1 1AA' }, // fail: WAL
      { CHILD: 'b', LS: 'V3', PL_POST: '' }, // pass
      { CHILD: 'b', LS: 'V4', PL_POST: 'ZZ9 9ZZ' }, // pass: not in the lookup
      { CHILD: 'c', LS: 'C2', PL_POST: 'AB1 2BB' }, // pass: not a short break
    ];
    expect(rule420.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({ Episodes: [0, 1] });
  });
});
