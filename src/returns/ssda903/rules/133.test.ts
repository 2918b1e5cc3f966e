import { describe, expect, it } from 'vitest';
import { rule133 } from './133.ts';
import { testData } from './helpers-a.ts';

describe('133', () => {
  it('passes valid codes and fails invalid and blank ones', () => {
    const rows = ['B1', 'Z2', '0', 'X', '1', ''].map((v) => ({ CHILD: 'a', ACCOM: v }));
    expect(rule133.validate(testData({ OC3: rows }))).toEqual({ OC3: [3, 4, 5] });
    expect(rule133.validate(testData({ OC3: rows.slice(0, 3) }))).toEqual({});
  });
});
