import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule2885 } from './2885.ts';

describe('2885', () => {
  it('fails a plan starting on neither initial conference date, within the census year only', () => {
    const plans = [
      { LAchildID: 'a', CINdetailsID: '1', CPPstartDate: '2025-05-26' }, // equals S47 date: pass
      { LAchildID: 'b', CINdetailsID: '1', CPPstartDate: '2025-05-26' }, // equals CIN date: pass
      { LAchildID: 'c', CINdetailsID: '1', CPPstartDate: '2025-05-26' }, // equals neither: fail
      { LAchildID: 'c', CINdetailsID: '2', CPPstartDate: '2024-05-26' }, // before the year: ignored
      { LAchildID: 'd', CINdetailsID: '1', CPPstartDate: '2026-03-31' }, // no conference at all: fail
    ];
    const s47 = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '2025-05-26' },
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2025-05-27' },
      { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: '2025-05-27' },
      { LAchildID: 'c', CINdetailsID: '2', DateOfInitialCPC: '2024-05-27' },
    ];
    const episodes = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '' },
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2025-05-26' },
      { LAchildID: 'c', CINdetailsID: '1', DateOfInitialCPC: '2025-05-28' },
      { LAchildID: 'd', CINdetailsID: '1', DateOfInitialCPC: '' },
    ];
    expect(
      rule2885.validate(censusE({ ChildProtectionPlans: plans, Section47: s47, CINdetails: episodes })),
    ).toEqual({ ChildProtectionPlans: [2, 4], Section47: [2], CINdetails: [2, 3] });
  });

  it('passes a plan starting on the conference of the second of two enquiries', () => {
    const plans = [{ LAchildID: 'e', CINdetailsID: '1', CPPstartDate: '2025-11-27' }];
    const s47 = [
      { LAchildID: 'e', CINdetailsID: '1', DateOfInitialCPC: '2025-06-23' }, // conference, no plan
      { LAchildID: 'e', CINdetailsID: '1', DateOfInitialCPC: '2025-11-27' }, // conference, the plan
      { LAchildID: 'e', CINdetailsID: '1', DateOfInitialCPC: '' },
    ];
    const episodes = [{ LAchildID: 'e', CINdetailsID: '1', DateOfInitialCPC: '' }];
    expect(
      rule2885.validate(censusE({ ChildProtectionPlans: plans, Section47: s47, CINdetails: episodes })),
    ).toEqual({});
    plans[0]!.CPPstartDate = '2025-11-28';
    expect(
      rule2885.validate(censusE({ ChildProtectionPlans: plans, Section47: s47, CINdetails: episodes })),
    ).toEqual({ ChildProtectionPlans: [0], Section47: [0, 1, 2], CINdetails: [0] });
  });
});
