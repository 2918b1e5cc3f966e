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

describe('8816, as the reference reads flags and dates', () => {
  it('takes a closure date that is not a date as open, and ReferralNFA as false only when written false or 0', () => {
    // rule_8816.py: `df_cin[CINclosureDate].isna()` is true for a closure date pandas could not read (NaT),
    // and `df_cin[ReferralNFA].isin(["false", "0"])` compares the text exactly.
    const CINdetails = [
      { LAchildID: 'a', CINreferralDate: '2025-05-01', CINclosureDate: 'not a date', ReferralNFA: '0' },
      { LAchildID: 'a', CINreferralDate: '2025-09-01', CINclosureDate: '', ReferralNFA: 'true' },
      { LAchildID: 'b', CINreferralDate: '2025-05-01', CINclosureDate: '', ReferralNFA: 'FALSE' },
      { LAchildID: 'b', CINreferralDate: '2025-09-01', CINclosureDate: '', ReferralNFA: 'true' },
    ];
    expect(rule8816.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0, 1] });
  });
});

describe('8816, the latest episode as the reference finds it', () => {
  it('flags an open episode sharing the latest referral date, and leaves out episodes with no referral date', () => {
    // rule_8816.py: rows without a CINreferralDate are dropped first (`df_cin[CINreferralDate].notna()`),
    // and an open episode fails when `df_cin["ROW_ID"] != df_cin["latest_referral_ind"]`, the first row
    // with the latest date (idxmax), so a second episode with that date fails.
    const CINdetails = [
      { LAchildID: 'a', CINreferralDate: '2025-10-26', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'a', CINreferralDate: '2025-10-26', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINreferralDate: '', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINreferralDate: '2025-10-26', CINclosureDate: '', ReferralNFA: '0' },
    ];
    expect(rule8816.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0, 1] });
  });
});

describe('8816, an episode with no LAchildID', () => {
  it('flags an open, non-NFA episode of a child with no LAchildID, having no latest episode to compare', () => {
    // rule_8816.py: `df_cin.groupby(LAchildID)[CINreferralDate].transform("idxmax")` gives no latest row
    // where LAchildID is missing (groupby leaves out missing keys), and `ROW_ID != latest_referral_ind`
    // is then true.
    const CINdetails = [
      { LAchildID: '', CINreferralDate: '2025-10-26', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: '', CINreferralDate: '2025-05-01', CINclosureDate: '2025-06-01', ReferralNFA: '0' },
    ];
    expect(rule8816.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0] });
  });
});
