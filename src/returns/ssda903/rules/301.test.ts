import { describe, expect, it } from 'vitest';
import { rule301 } from './301.ts';
import { testData } from './helpers-a.ts';

describe('301', () => {
  it('fails a date of birth after the collection end', () => {
    const rows = ['31/03/2026', '01/04/2026', '', 'nonsense'].map((DOB) => ({ CHILD: 'a', DOB }));
    expect(rule301.validate(testData({ Header: rows }))).toEqual({ Header: [1] });
  });
});
