import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8715 } from './8715.ts';

describe('8715', () => {
  it('fails a Section 47 conference date outside the census year', () => {
    const rows = ['2025-04-01', '2026-03-31', '2025-03-31', '2026-04-01', ''].map((d) => ({
      LAchildID: 'a',
      DateOfInitialCPC: d,
    }));
    expect(rule8715.validate(censusE({ Section47: rows }))).toEqual({ Section47: [3] });
  });

  it('passes a conference on 31 March 2025, as the reference validator does', () => {
    // csc-validator-be-cin utils.make_census_period starts the census year at the reference date less one year
    // (31 March 2025), and its rule_8620 test passes a date on that day; rule_8715 fails only dates before that start.
    const rows = [
      { LAchildID: 'a', DateOfInitialCPC: '2025-03-31' },
      { LAchildID: 'a', DateOfInitialCPC: '2025-03-30' },
    ];
    expect(rule8715.validate(censusE({ Section47: rows }))).toEqual({ Section47: [1] });
  });
});
