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

  it('counts no episodes without a child ID, and flags every episode sharing a failing child and episode ID', () => {
    // rule_8815.py counts open episodes with groupby([LAchildID]), which drops a missing LAchildID, so rows 0
    // and 1 are no child's. It then flags every row whose (LAchildID, CINdetailsID) is that of a failing open
    // episode (df["ERROR_ID"].isin(issue_ids)): two children sent with the same ID 'b' (rule 8510) each have
    // an episode 1 and 2, so the second child's closed episodes 1 and 2 (rows 4 and 5) are flagged too.
    const rows = [
      { LAchildID: '', CINdetailsID: '1', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: '', CINdetailsID: '2', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '2', CINclosureDate: '', ReferralNFA: 'false' },
      { LAchildID: 'b', CINdetailsID: '1', CINclosureDate: '2025-06-01', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '2', CINclosureDate: '2025-07-01', ReferralNFA: '0' },
      { LAchildID: 'b', CINdetailsID: '3', CINclosureDate: '2025-08-01', ReferralNFA: '0' },
    ];
    expect(rule8815.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [2, 3, 4, 5] });
  });
});
