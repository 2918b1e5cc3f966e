import { describe, expect, it } from 'vitest';
import { rule141 } from './141.ts';
import { testData } from './helpers-a.ts';

describe('141', () => {
  it('passes valid and blank dates, fails invalid ones', () => {
    const rows = ['01/04/2025', '29/02/2024', '', '38/04/2019', '01/04/25'].map((v) => ({
      CHILD: 'a',
      DECOM: v,
    }));
    expect(rule141.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4] });
    expect(rule141.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
