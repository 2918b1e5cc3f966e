import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4013 } from './4013.ts';

describe('4013', () => {
  it('fails a CIN plan end outside the census year', () => {
    const rows = ['2025-04-01', '2026-03-31', '2025-03-31', '2026-04-01', ''].map((d) => ({
      LAchildID: 'a',
      CINPlanEndDate: d,
    }));
    expect(rule4013.validate(censusE({ CINplanDates: rows }))).toEqual({ CINplanDates: [3] });
  });
  it('counts 31 March 2025 in the census year, as the reference does', () => {
    // Reference utils.make_census_period: collection_start = ReferenceDate - DateOffset(years=1).
    const rows = [
      { LAchildID: 'a', CINPlanEndDate: '2025-03-31' },
      { LAchildID: 'a', CINPlanEndDate: '2025-03-30' },
    ];
    expect(rule4013.validate(censusE({ CINplanDates: rows }))).toEqual({ CINplanDates: [1] });
  });
});
