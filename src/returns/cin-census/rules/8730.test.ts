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

  it('reads the number as a whole number, as the reference does, so -0 is zero and -02 is below it', () => {
    // rule_8730.py: NumberOfPreviousCPP.astype("Int64") < 0, and int("-0") is 0, int("+2") is 2.
    const rows = ['-0', '+2', '-02', '007'].map((n) => ({ LAchildID: 'a', NumberOfPreviousCPP: n }));
    expect(rule8730.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({ ChildProtectionPlans: [2] });
  });
});
