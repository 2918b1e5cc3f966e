import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8610 } from './8610.ts';

describe('8610', () => {
  it('fails a further-action referral with no primary need', () => {
    const rows = [
      { ReferralNFA: 'false', PrimaryNeedCode: '' },
      { ReferralNFA: '0', PrimaryNeedCode: '' },
      { ReferralNFA: 'false', PrimaryNeedCode: 'N1' },
      { ReferralNFA: 'true', PrimaryNeedCode: '' },
      { ReferralNFA: '', PrimaryNeedCode: '' },
    ].map((r) => ({ LAchildID: 'a', ...r }));
    expect(rule8610.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [0, 1] });
  });
  it('reads ReferralNFA as false only when written false or 0', () => {
    // Reference rule_8610.py: ReferralNFA.isin(["false", "0"]), so "False" is not further action.
    const rows = [{ LAchildID: 'a', ReferralNFA: 'False', PrimaryNeedCode: '' }];
    expect(rule8610.validate(censusE({ CINdetails: rows }))).toEqual({});
  });
});
