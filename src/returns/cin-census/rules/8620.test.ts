import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8620 } from './8620.ts';

describe('8620', () => {
  it('fails a closure date outside the census year', () => {
    const rows = ['2025-04-01', '2026-03-31', '2025-03-31', '2026-04-01', ''].map((d) => ({
      LAchildID: 'a',
      CINclosureDate: d,
    }));
    expect(rule8620.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [3] });
  });

  it('passes a closure on 31 March 2025, as the reference validator does', () => {
    // csc-validator-be-cin utils.make_census_period starts the census year at the reference date less one year
    // (31 March 2025), and its rule_8620 test passes a date on that day.
    const rows = [
      { LAchildID: 'a', CINclosureDate: '2025-03-31' },
      { LAchildID: 'a', CINclosureDate: '2025-03-30' },
    ];
    expect(rule8620.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [1] });
  });
});
