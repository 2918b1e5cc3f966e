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
      // open further-action episode: a later referral before the reference date overlaps
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
        CINreferralDate: '2026-03-30',
        CINclosureDate: '',
        ReferralNFA: 'true',
      },
    ];
    expect(rule8820.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [0, 1, 6, 7] });
  });
});

describe('8820, as the reference compares episodes', () => {
  const episode = (child: string, id: string, referral: string, closure: string, nfa = 'false') => ({
    LAchildID: child,
    CINdetailsID: id,
    CINreferralDate: referral,
    CINclosureDate: closure,
    ReferralNFA: nfa,
  });

  it('does not take a referral on the day another episode closes, or on the reference date, as an overlap', () => {
    // rule_8820.py: `CINreferralDate_cin < CINclosureDate_cin2` and `CINreferralDate_cin < reference_date`
    // are strict.
    const rows = [
      episode('a', '1', '2025-05-01', '2025-08-01'),
      episode('a', '2', '2025-08-01', '2025-09-01'),
      episode('b', '1', '2025-05-01', ''),
      episode('b', '2', '2026-03-31', '2026-03-31'),
    ];
    expect(rule8820.validate(censusE({ CINdetails: rows }))).toEqual({});
  });

  it('compares two copies of one episode, and reads ReferralNFA in any case', () => {
    // rule_8820.py: rows are told apart by `ROW_ID_cin != ROW_ID_cin2`, not by CINdetailsID, and the open
    // episode's flag is read with `.str.lower().isin(["false", "0"])`.
    const rows = [
      episode('a', '1', '2025-05-05', '2025-07-08', '0'),
      episode('a', '1', '2025-05-05', '2025-07-08', '0'),
      episode('b', '1', '2025-09-26', '', 'FALSE'),
      episode('b', '2', '2025-10-26', '', 'true'),
    ];
    expect(rule8820.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [0, 1, 2, 3] });
  });
});
