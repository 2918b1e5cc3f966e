import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8730 } from './8730.ts';

describe('8730', () => {
  it('fails a missing or negative number of previous plans', () => {
    const rows = ['0', '3', '', '-1', 'x'].map((n) => ({ LAchildID: 'a', NumberOfPreviousCPP: n }));
    expect(rule8730.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({
      ChildProtectionPlans: [2, 3, 4],
    });
  });
});
