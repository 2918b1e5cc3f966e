import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8545Q } from './8545Q.ts';

describe('8545Q', () => {
  it('queries a date of death outside 31 March 2025 - 31 March 2026', () => {
    const children = ['2025-04-01', '2026-03-31', '2025-03-31', '2026-04-01', '', 'not a date'].map(
      (d, i) => ({
        LAchildID: `c${i}`,
        PersonDeathDate: d,
      }),
    );
    expect(rule8545Q.validate(censusE({ ChildIdentifiers: children }))).toEqual({ ChildIdentifiers: [3] });
  });
  it('counts 31 March 2025 in the census year, as the reference does', () => {
    // Reference utils.make_census_period: collection_start = ReferenceDate - DateOffset(years=1).
    const children = [
      { LAchildID: 'a', PersonDeathDate: '2025-03-31' },
      { LAchildID: 'b', PersonDeathDate: '2025-03-30' },
    ];
    expect(rule8545Q.validate(censusE({ ChildIdentifiers: children }))).toEqual({ ChildIdentifiers: [1] });
  });
});
