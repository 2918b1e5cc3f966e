import { describe, expect, it } from 'vitest';
import { rule1004 } from './1004.ts';
import { rule1005 } from './1005.ts';
import { testData } from './helpers-a.ts';

const rows = ['29/02/2024', '1/4/2025', '', '29/02/2025', '31/4/2025', '01/04/25'].map((d) => ({
  CHILD: 'a',
  MIS_START: d,
  MIS_END: d,
}));

describe('1004', () => {
  it('fails blank and invalid start dates, passes 29 February in a leap year and one-digit days and months', () => {
    expect(rule1004.validate(testData({ Missing: rows }))).toEqual({ Missing: [2, 3, 4, 5] });
    expect(rule1004.validate(testData({ Missing: rows.slice(0, 2) }))).toEqual({});
  });
});

describe('1005 (shares the date check)', () => {
  it('allows a blank end date', () => {
    expect(rule1005.validate(testData({ Missing: rows }))).toEqual({ Missing: [3, 4, 5] });
  });
});
