import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8816 } from './8816.ts';

describe('8816', () => {
  it('fails an open, non-NFA episode that is not the latest referral, and flags the latest', () => {
    const CINdetails = [
      { LAchildID: 'a', CINreferralDate: '2024-10-26', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'a', CINreferralDate: '2025-10-26', CINclosureDate: '2025-11-01', ReferralNFA: '0' },
      { LAchildID: 'a', CINreferralDate: '2023-10-26', CINclosureDate: '', ReferralNFA: 'true' },
      { LAchildID: 'b', CINreferralDate: '2025-10-26', CINclosureDate: '', ReferralNFA: 'false' },
      { LAchildID: 'b', CINreferralDate: '2024-02-29', CINclosureDate: '2024-03-01', ReferralNFA: 'false' },
    ];
    expect(rule8816.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0, 1] });
  });
});
