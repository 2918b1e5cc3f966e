import { describe, expect, it } from 'vitest';
import { rule1009 } from './1009.ts';
import { testData } from './helpers-a.ts';

describe('1009', () => {
  it('passes valid codes and blank, fails others', () => {
    const rows = ['CARPL', 'CUSTOD', '', 'other', 'NA'].map((c) => ({ CHILD: 'a', REASON_PLACE_CHANGE: c }));
    expect(rule1009.validate(testData({ Episodes: rows }))).toEqual({ Episodes: [3, 4] });
  });
});
