import { describe, expect, it } from 'vitest';
import { rule115 } from './115.ts';
import { testData } from './helpers-a.ts';

describe('115', () => {
  it('passes valid and blank dates, fails invalid ones', () => {
    const rows = ['1/4/2025', '29/02/2024', '', '31/04/2025', '01/04/25'].map((v) => ({
      CHILD: 'a',
      DATE_PLACED: v,
    }));
    expect(rule115.validate(testData({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [3, 4] });
    expect(rule115.validate(testData({ PlacedAdoption: rows.slice(0, 3) }))).toEqual({});
  });
});
