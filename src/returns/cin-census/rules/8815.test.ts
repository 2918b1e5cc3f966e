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

  it('reads ReferralNFA false as "false" or "0" exactly, and a closure that is not a date as open', () => {
    // rule_8815 counts episodes with CINclosureDate.isna() (NaT for a value that is not a date) and
    // ReferralNFA.isin(["false", "0"]): "FALSE" is not counted, as the reference reads it.
    const rows = [
      { LAchildID: 'a', CINdetailsID: '1', CINclosureDate: '', ReferralNFA: 'FALSE' },
      { LAchildID: 'a', CINdetailsID: '2', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: 'not a date', ReferralNFA: 'false' },
      { LAchildID: 'b', CINdetailsID: '2', CINclosureDate: '', ReferralNFA: '0' },
    ];
    expect(rule8815.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [2, 3] });
  });
});
