import { describe, expect, it } from 'vitest';
import { rule180 } from './180.ts';
import { testData } from './helpers-a.ts';

describe('180', () => {
  it('passes whole numbers 0 to 40 and blank, fails others', () => {
    const rows = ['0', '40', '20.0', '', '41', '-1', '39.5', 'XX'].map((v) => ({ CHILD: 'a', SDQ_SCORE: v }));
    expect(rule180.validate(testData({ OC2: rows }))).toEqual({ OC2: [4, 5, 6, 7] });
    expect(rule180.validate(testData({ OC2: rows.slice(0, 4) }))).toEqual({});
  });
});
