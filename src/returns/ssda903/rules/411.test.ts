import { describe, expect, it } from 'vitest';
import { locationDisagrees, rule411 } from './411.ts';
import { dataRef, TEST_REFERENCE } from './helpers-ref.ts';

describe('411', () => {
  it('fails IN with another authority as PL_LA', () => {
    const p = { distance: 1, found: true };
    expect(locationDisagrees({ ...p, la: 'E10000001', location: 'IN' }, 'E10000001')).toBe(false);
    expect(locationDisagrees({ ...p, la: 'E06000001', location: 'IN' }, 'E10000001')).toBe(true);
    expect(locationDisagrees({ ...p, la: null, location: 'IN' }, 'E10000001')).toBe(true);
    expect(locationDisagrees({ ...p, la: 'E10000001', location: 'OUT' }, 'E10000001')).toBe(false);
    expect(locationDisagrees({ ...p, la: null, location: null }, 'E10000001')).toBe(false);
  });

  it('finds no episode failing when both fields are derived from PL_POST', () => {
    const Episodes = ['AB1 2BB', 'CD1 1AA', 'EH1 1AA', 'JE1 1AA', 'ZZ9 9ZZ', ''].map((PL_POST) => ({
      CHILD: 'a',
      PL_POST,
    }));
    expect(rule411.validate(dataRef({ Episodes }, TEST_REFERENCE))).toEqual({});
  });
});
