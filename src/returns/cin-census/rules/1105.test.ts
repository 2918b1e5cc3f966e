import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule1105 } from './1105.ts';

describe('1105', () => {
  it('fails a protection plan starting before its referral, flagging both', () => {
    const CINdetails = [{ LAchildID: 'a', CINdetailsID: '1', CINreferralDate: '2025-04-01' }];
    const ChildProtectionPlans = [
      { LAchildID: 'a', CINdetailsID: '1', CPPstartDate: '2025-03-31' },
      { LAchildID: 'a', CINdetailsID: '1', CPPstartDate: '2025-04-01' },
      { LAchildID: 'a', CINdetailsID: '1', CPPstartDate: '' },
    ];
    expect(rule1105.validate(censusD({ CINdetails, ChildProtectionPlans }))).toEqual({
      ChildProtectionPlans: [0],
      CINdetails: [0],
    });
  });
});
