import { describe, expect, it } from 'vitest';
import { rule103 } from './103.ts';
import { testData } from './helpers-a.ts';

describe('103', () => {
  it('fails blank, lower-case and unknown codes', () => {
    const rows = ['WBRI', 'NOBT', 'wbri', 'White British', ''].map((ETHNIC) => ({ CHILD: 'a', ETHNIC }));
    expect(rule103.validate(testData({ Header: rows }))).toEqual({ Header: [2, 3, 4] });
  });
});
