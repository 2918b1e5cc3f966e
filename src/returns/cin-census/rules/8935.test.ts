import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8935 } from './8935.ts';

describe('8935', () => {
  it('fails every plan of a child and CPPID with more than one open plan', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', CPPID: '1', CPPendDate: '' },
      { LAchildID: 'a', CINdetailsID: '2', CPPID: '1', CPPendDate: '' },
      { LAchildID: 'a', CINdetailsID: '3', CPPID: '1', CPPendDate: '2025-06-01' },
      { LAchildID: 'b', CINdetailsID: '1', CPPID: '1', CPPendDate: '' },
      { LAchildID: 'b', CINdetailsID: '2', CPPID: '1', CPPendDate: '2025-06-01' },
    ];
    expect(rule8935.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({
      ChildProtectionPlans: [0, 1, 2],
    });
  });

  it('counts open plans by child and CPPID, as the reference does', () => {
    // rule_8935.py: `df_check.groupby([LAchildID, CPPID])[CPPendDate].count()` counts open plans per
    // child and CPPID (CPPID numbers the plans within an episode), so two open plans of one episode
    // (CPPID 1 and 2) pass; an end date that is not a date is missing (`.isna()` on NaT).
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', CPPID: '1', CPPendDate: '' },
      { LAchildID: 'a', CINdetailsID: '1', CPPID: '2', CPPendDate: '' },
      { LAchildID: 'b', CINdetailsID: '1', CPPID: '1', CPPendDate: 'not ended' },
      { LAchildID: 'b', CINdetailsID: '2', CPPID: '1', CPPendDate: '' },
    ];
    expect(rule8935.validate(censusE({ ChildProtectionPlans: rows }))).toEqual({
      ChildProtectionPlans: [2, 3],
    });
  });
});
