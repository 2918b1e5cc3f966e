import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8832 } from './8832.ts';

describe('8832', () => {
  it('fails a protection plan on a no-further-action referral', () => {
    const episodes = [
      { LAchildID: 'a', CINdetailsID: '1', ReferralNFA: '1' },
      { LAchildID: 'a', CINdetailsID: '2', ReferralNFA: '' },
      { LAchildID: 'b', CINdetailsID: '1', ReferralNFA: 'true' },
    ];
    const plans = [
      { LAchildID: 'a', CINdetailsID: '1' },
      { LAchildID: 'a', CINdetailsID: '2' },
    ];
    expect(rule8832.validate(censusE({ CINdetails: episodes, ChildProtectionPlans: plans }))).toEqual({
      ChildProtectionPlans: [0],
      CINdetails: [0],
    });
  });
});
