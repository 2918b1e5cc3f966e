import { describe, expect, it } from 'vitest';
import { rule166 } from './166.ts';
import { testData } from './helpers-a.ts';

describe('166', () => {
  it('fails invalid and blank review dates', () => {
    const rows = ['01/04/2025', '29/02/2024', '38/04/2019', '', '01/01/19'].map((v) => ({
      CHILD: 'a',
      REVIEW: v,
    }));
    expect(rule166.validate(testData({ Reviews: rows }))).toEqual({ Reviews: [2, 3, 4] });
    expect(rule166.validate(testData({ Reviews: rows.slice(0, 2) }))).toEqual({});
  });
});
