import { describe, expect, it } from 'vitest';
import { rule392a } from './392a.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('392a', () => {
  const Episodes = [
    { CHILD: 'a', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'CD1 1AA' }, // pass: 62.1 miles
    { CHILD: 'a', LS: 'C2', HOME_POST: '', PL_POST: 'CD1 1AA' }, // fail: no home postcode
    { CHILD: 'b', LS: 'C2', HOME_POST: 'AB1 1AA', PL_POST: 'GY1 1AA' }, // fail: no coordinates
    { CHILD: 'b', LS: 'C2', HOME_POST: 'ZZ9 9ZZ', PL_POST: 'CD1 1AA' }, // fail: unknown postcode
    { CHILD: 'b', LS: 'V4', HOME_POST: '', PL_POST: '' }, // pass: short break
    { CHILD: 'u', LS: 'C2', HOME_POST: '', PL_POST: '' }, // pass: UASC last year
  ];

  it('fails an episode with no distance, except under V3/V4 or for children who were UASC', () => {
    const last = { UASC: [{ CHILD: 'u', SEX: '2', DOB: '01/01/2008', DUC: '01/01/2026' }] };
    expect(rule392a.validate(dataRef({ Episodes }, TEST_REFERENCE, last))).toEqual({ Episodes: [1, 2, 3] });
    expect(rule392a.validate(dataRef({ Episodes, UASC: [] }, TEST_REFERENCE))).toEqual({
      Episodes: [1, 2, 3, 5],
    });
  });

  it('is skipped without a UASC table', () => {
    expect(rule392a.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({});
  });
});
