import { describe, expect, it } from 'vitest';
import { rule120 } from './120.ts';
import { testData } from './helpers-a.ts';

describe('120', () => {
  it('passes RD1 to RD4 and blank, fails other codes', () => {
    const rows = ['RD1', 'RD4', '', 'rd1', 'RD0', '1'].map((v) => ({ CHILD: 'a', REASON_PLACED_CEASED: v }));
    expect(rule120.validate(testData({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [3, 4, 5] });
    expect(rule120.validate(testData({ PlacedAdoption: rows.slice(0, 3) }))).toEqual({});
  });
});
