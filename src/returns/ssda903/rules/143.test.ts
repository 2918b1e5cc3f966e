import { describe, expect, it } from 'vitest';
import { rule143 } from './143.ts';
import { testData } from './helpers-a.ts';

describe('143', () => {
  it('passes S, P, L, T, U, B and blank, fails others', () => {
    const rows = ['S', 'B', '', 'p', 'SP'].map((v) => ({ CHILD: 'a', RNE: v }));
    expect(rule143.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4] });
    expect(rule143.validate(testData({ Episodes: rows.slice(0, 3) }))).toEqual({});
  });
});
