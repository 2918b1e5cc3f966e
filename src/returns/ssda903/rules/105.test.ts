import { describe, expect, it } from 'vitest';
import { rule105 } from './105.ts';
import { testData } from './helpers-a.ts';

describe('105', () => {
  it('is skipped for CSV-shaped headers with no UASC column', () => {
    expect(rule105.validate(testData({ Header: [{ CHILD: 'a', SEX: 'M' }] }))).toEqual({});
  });
  it('checks a UASC flag when rows carry one', () => {
    const rows = ['0', '1', '', '2'].map((UASC) => ({ CHILD: 'a', UASC }));
    expect(rule105.validate(testData({ Header: rows }))).toEqual({ Header: [2, 3] });
  });
  it('reads the flag as a number, as the reference does (pd.to_numeric)', () => {
    const rows = ['1.0', ' 1 ', '01', '0e0', 'Y', '0x1', ' ', '1 1'].map((UASC) => ({ CHILD: 'a', UASC }));
    expect(rule105.validate(testData({ Header: rows }))).toEqual({ Header: [4, 5, 6, 7] });
  });
});
