import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule2883 } from './2883.ts';

describe('2883', () => {
  it('flags the LA when more plans start in the year than initial conferences are held', () => {
    const ChildProtectionPlans = [
      { CPPstartDate: '2025-05-26' },
      { CPPstartDate: '2026-03-31' },
      { CPPstartDate: '2025-03-30' }, // before the year
      { CPPstartDate: '' },
    ];
    const Section47 = [{ DateOfInitialCPC: '2025-05-26' }];
    const CINdetails = [{ DateOfInitialCPC: '2026-04-01' }, { DateOfInitialCPC: '' }];
    expect(rule2883.validate(censusD({ ChildProtectionPlans, Section47, CINdetails }))).toEqual({
      Header: [0],
    });
    expect(
      rule2883.validate(
        censusD({ ChildProtectionPlans, Section47, CINdetails: [{ DateOfInitialCPC: '2025-04-01' }] }),
      ),
    ).toEqual({});
  });
  it('counts 31 March 2025 in the census year, as the reference does', () => {
    // Reference utils.make_census_period: collection_start = ReferenceDate - DateOffset(years=1).
    const ChildProtectionPlans = [{ CPPstartDate: '2025-03-31' }];
    expect(rule2883.validate(censusD({ ChildProtectionPlans }))).toEqual({ Header: [0] });
    const Section47 = [{ DateOfInitialCPC: '2025-03-31' }];
    expect(rule2883.validate(censusD({ ChildProtectionPlans, Section47 }))).toEqual({});
  });
});
