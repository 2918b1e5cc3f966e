import { describe, expect, it } from 'vitest';
import { rule112 } from './112.ts';
import { testData } from './helpers-a.ts';

describe('112', () => {
  it('passes valid and blank dates, fails invalid ones including 29 February in a common year', () => {
    const rows = ['01/01/2021', '29/02/2024', '', '38/04/2019', '01/01/19', '29/02/2025'].map((v) => ({
      CHILD: 'a',
      DATE_INT: v,
    }));
    expect(rule112.validate(testData({ AD1: rows }))).toEqual({ AD1: [3, 4, 5] });
    expect(rule112.validate(testData({ AD1: rows.slice(0, 3) }))).toEqual({});
  });
});
