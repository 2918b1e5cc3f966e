import { describe, expect, it } from 'vitest';
import { rule1005 } from './1005.ts';
import { testData } from './helpers-a.ts';

describe('1005', () => {
  it('fails an end date that is given but not a date', () => {
    const rows = ['31/03/2026', '', '31/04/2025', '2025-04-01'].map((d) => ({ CHILD: 'a', MIS_END: d }));
    expect(rule1005.validate(testData({ Missing: rows }))).toEqual({ Missing: [2, 3] });
    expect(rule1005.validate(testData({ Missing: rows.slice(0, 2) }))).toEqual({});
  });
});
