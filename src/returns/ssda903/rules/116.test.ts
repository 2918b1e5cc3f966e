import { describe, expect, it } from 'vitest';
import { rule116 } from './116.ts';
import { testData } from './helpers-a.ts';

describe('116', () => {
  it('passes valid and blank dates, fails invalid ones', () => {
    const rows = ['31/03/2026', '29/02/2024', '', '30/02/2025', '31/03/26'].map((v) => ({
      CHILD: 'a',
      DATE_PLACED_CEASED: v,
    }));
    expect(rule116.validate(testData({ PlacedAdoption: rows }))).toEqual({ PlacedAdoption: [3, 4] });
    expect(rule116.validate(testData({ PlacedAdoption: rows.slice(0, 3) }))).toEqual({});
  });
});
