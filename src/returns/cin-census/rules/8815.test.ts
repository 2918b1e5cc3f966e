import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8815 } from './8815.ts';

describe('8815', () => {
  it('fails a child with two open further-action episodes, not one with open NFA referrals', () => {
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '', ReferralNFA: 'true' },
      { LAchildID: 'a', CINdetailsID: '2', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '2', CINclosureDate: '', ReferralNFA: 'false' },
      { LAchildID: 'b', CINdetailsID: '3', CINclosureDate: '2025-06-01', ReferralNFA: 'false' },
    ];
    expect(rule8815.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [2, 3] });
  });
});
