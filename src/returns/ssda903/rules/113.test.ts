import { describe, expect, it } from 'vitest';
import { rule113 } from './113.ts';
import { testData } from './helpers-a.ts';

describe('113', () => {
  it('passes valid and blank dates, fails invalid ones', () => {
    const rows = ['22/11/2015', '29/02/2024', '', '38/04/2019', '2015-11-22'].map((v) => ({
      CHILD: 'a',
      DATE_MATCH: v,
    }));
    expect(rule113.validate(testData({ AD1: rows }))).toEqual({ AD1: [3, 4] });
    expect(rule113.validate(testData({ AD1: rows.slice(0, 3) }))).toEqual({});
  });
});
