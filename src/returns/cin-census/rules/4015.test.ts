import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule4015 } from './4015.ts';

describe('4015', () => {
  it('fails a CIN plan starting before its episode referral', () => {
    const episodes = [
      { LAchildID: 'a', CINdetailsID: '1', CINreferralDate: '2024-03-01' },
      { LAchildID: 'a', CINdetailsID: '2', CINreferralDate: '2025-04-01' },
    ];
    const plans = [
      { LAchildID: 'a', CINdetailsID: '1', CINPlanStartDate: '2024-02-29' }, // fail
      { LAchildID: 'a', CINdetailsID: '2', CINPlanStartDate: '2025-04-01' }, // same day: pass
      { LAchildID: 'a', CINdetailsID: '2', CINPlanStartDate: '' },
    ];
    expect(rule4015.validate(censusE({ CINdetails: episodes, CINplanDates: plans }))).toEqual({
      CINplanDates: [0],
      CINdetails: [0],
    });
  });
});
