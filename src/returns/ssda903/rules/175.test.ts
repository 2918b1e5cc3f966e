import { describe, expect, it } from 'vitest';
import { rule175 } from './175.ts';
import { testData } from './helpers-a.ts';

describe('175', () => {
  it('passes 1, 2 and blank, fails others', () => {
    const rows = ['1', '2', '', '0', '3'].map((v) => ({ CHILD: 'a', NB_ADOPTR: v }));
    expect(rule175.validate(testData({ AD1: rows }))).toEqual({ AD1: [3, 4] });
    expect(rule175.validate(testData({ AD1: rows.slice(0, 3) }))).toEqual({});
  });
});
