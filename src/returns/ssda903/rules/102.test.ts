import { describe, expect, it } from 'vitest';
import { rule102 } from './102.ts';
import { testData } from './helpers-a.ts';

describe('102', () => {
  it('fails blank and invalid dates of birth', () => {
    const rows = ['29/02/2016', '38/04/2019', '01/01/19', '', '29/02/2015'].map((DOB) => ({
      CHILD: 'a',
      DOB,
    }));
    expect(rule102.validate(testData({ Header: rows }))).toEqual({ Header: [1, 2, 3, 4] });
    expect(rule102.validate(testData({ Header: rows.slice(0, 1) }))).toEqual({});
  });
});
