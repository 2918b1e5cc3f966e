import { describe, expect, it } from 'vitest';
import { rule196 } from './196.ts';
import { testData } from './helpers-a.ts';

describe('196', () => {
  it('passes SDQ1 to SDQ5 and blank, fails others', () => {
    const rows = ['SDQ1', 'SDQ5', '', 'sdq2', 'SDQ6'].map((v) => ({ CHILD: 'a', SDQ_REASON: v }));
    expect(rule196.validate(testData({ OC2: rows }))).toEqual({ OC2: [3, 4] });
    expect(rule196.validate(testData({ OC2: rows.slice(0, 3) }))).toEqual({});
  });
});
