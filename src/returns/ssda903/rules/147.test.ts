import { describe, expect, it } from 'vitest';
import { rule147 } from './147.ts';
import { testData } from './helpers-a.ts';

describe('147', () => {
  it('passes valid and blank dates, fails invalid ones', () => {
    const rows = ['31/03/2026', '29/02/2024', '', '31/02/2026', '31/03/26'].map((v) => ({
      CHILD: 'a',
      DEC: v,
    }));
    expect(rule147.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4] });
    expect(rule147.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
