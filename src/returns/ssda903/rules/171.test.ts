import { describe, expect, it } from 'vitest';
import { rule171 } from './171.ts';
import { testData } from './helpers-a.ts';

describe('171', () => {
  it('passes valid and blank dates, fails invalid ones', () => {
    const rows = ['01/04/2025', '29/02/2024', '', '38/04/2019', '01/01/19'].map((v) => ({
      CHILD: 'a',
      MC_DOB: v,
    }));
    expect(rule171.validate(testData({ Header: rows }))).toEqual({ Header: [3, 4] });
    expect(rule171.validate(testData({ Header: rows.slice(0, 3) }))).toEqual({});
  });
});
