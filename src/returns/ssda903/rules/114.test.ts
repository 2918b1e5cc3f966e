import { describe, expect, it } from 'vitest';
import { rule114 } from './114.ts';
import { testData } from './helpers-a.ts';

describe('114', () => {
  it('passes 0, 1 and blank, fails other values', () => {
    const rows = ['0', '1', '', '2', 'former foster carer'].map((v) => ({ CHILD: 'a', FOSTER_CARE: v }));
    expect(rule114.validate(testData({ AD1: rows }))).toEqual({ AD1: [3, 4] });
    expect(rule114.validate(testData({ AD1: rows.slice(0, 3) }))).toEqual({});
  });
});
