import { describe, expect, it } from 'vitest';
import { rule1006 } from './1006.ts';
import { testData } from './helpers-a.ts';

describe('1006', () => {
  it('passes M, A and blank and fails other codes', () => {
    const rows = ['M', 'A', '', 'm', 'AWAY'].map((m) => ({ CHILD: 'a', MISSING: m }));
    expect(rule1006.validate(testData({ Missing: rows }))).toEqual({ Missing: [3, 4] });
    expect(rule1006.validate(testData({ Missing: rows.slice(0, 3) }))).toEqual({});
  });
});
