import { describe, expect, it } from 'vitest';
import { rule177 } from './177.ts';
import { testData } from './helpers-a.ts';

describe('177', () => {
  it('passes valid codes and blank, fails others', () => {
    const rows = ['L0', 'L12', '', 'L1', 'l2'].map((v) => ({ CHILD: 'a', LS_ADOPTR: v }));
    expect(rule177.validate(testData({ AD1: rows }))).toEqual({ AD1: [3, 4] });
    expect(rule177.validate(testData({ AD1: rows.slice(0, 3) }))).toEqual({});
  });
});
