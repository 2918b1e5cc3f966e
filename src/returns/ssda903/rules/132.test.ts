import { describe, expect, it } from 'vitest';
import { rule132 } from './132.ts';
import { testData } from './helpers-a.ts';

describe('132', () => {
  it('passes valid codes and fails invalid, lower-case and blank ones', () => {
    const rows = ['F1', 'G6', '0', 'f1', '1', ''].map((v) => ({ CHILD: 'a', ACTIV: v }));
    expect(rule132.validate(testData({ OC3: rows }))).toEqual({ OC3: [3, 4, 5] });
    expect(rule132.validate(testData({ OC3: rows.slice(0, 3) }))).toEqual({});
  });
});
