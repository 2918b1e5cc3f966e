import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8866 } from './8866.ts';

describe('8866', () => {
  it('fails a missing or unknown referral source on a recent referral', () => {
    const rows = ['1A', '10', '', '11', '5D', '1a'].map((s) => ({
      LAchildID: 'a',
      CINreferralDate: '2025-04-01',
      ReferralSource: s,
    }));
    expect(rule8866.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [2, 3, 5] });
  });
  it('ignores referrals before 1 April 2013 and referrals with no date', () => {
    const rows = [
      { LAchildID: 'a', CINreferralDate: '2013-03-31', ReferralSource: '' },
      { LAchildID: 'a', CINreferralDate: '2013-04-01', ReferralSource: '' },
      { LAchildID: 'a', CINreferralDate: '', ReferralSource: '' },
    ];
    expect(rule8866.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [1] });
  });
});
