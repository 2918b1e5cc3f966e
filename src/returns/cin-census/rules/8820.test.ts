import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8820 } from './8820.ts';

describe('8820', () => {
  it('fails episodes that overlap, both rows', () => {
    const rows = [
      {
        LAchildID: 'a',
        CINdetailsID: '1',
        CINreferralDate: '2025-05-26',
        CINclosureDate: '2025-10-26',
        ReferralNFA: 'false',
      },
      {
        LAchildID: 'a',
        CINdetailsID: '2',
        CINreferralDate: '2025-08-26',
        CINclosureDate: '',
        ReferralNFA: '0',
      },
      {
        LAchildID: 'b',
        CINdetailsID: '1',
        CINreferralDate: '2025-05-26',
        CINclosureDate: '2025-10-25',
        ReferralNFA: 'false',
      },
      {
        LAchildID: 'b',
        CINdetailsID: '2',
        CINreferralDate: '2025-10-26',
        CINclosureDate: '2025-12-26',
        ReferralNFA: 'false',
      },
      // open NFA referral: another episode may start while it is open
      {
        LAchildID: 'c',
        CINdetailsID: '1',
        CINreferralDate: '2025-09-26',
        CINclosureDate: '',
        ReferralNFA: 'true',
      },
      {
        LAchildID: 'c',
        CINdetailsID: '2',
        CINreferralDate: '2025-10-26',
        CINclosureDate: '2026-03-31',
        ReferralNFA: 'false',
      },
      // open further-action episode: a later referral up to the reference date overlaps
      {
        LAchildID: 'd',
        CINdetailsID: '1',
        CINreferralDate: '2025-09-26',
        CINclosureDate: '',
        ReferralNFA: 'false',
      },
      {
        LAchildID: 'd',
        CINdetailsID: '2',
        CINreferralDate: '2026-03-31',
        CINclosureDate: '',
        ReferralNFA: 'true',
      },
    ];
    expect(rule8820.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [0, 1, 6, 7] });
  });
});
