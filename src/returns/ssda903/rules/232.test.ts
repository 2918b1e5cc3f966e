import { describe, expect, it } from 'vitest';
import { rule232 } from './232.ts';
import { testData } from './helpers-a.ts';

describe('232', () => {
  it('queries an unknown sex, in either case', () => {
    const rows = ['M', 'F', '1', 'U', 'u'].map((v) => ({ CHILD: 'a', SEX: v }));
    expect(rule232.validate(testData({ Header: rows }))).toEqual({ Header: [3, 4] });
    expect(rule232.validate(testData({ Header: rows.slice(0, 3) }))).toEqual({});
  });
});
