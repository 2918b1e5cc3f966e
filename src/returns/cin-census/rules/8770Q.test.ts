import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8770Q } from './8770Q.ts';

describe('8770Q', () => {
  it('queries a school-age child (born by 31 August 2020) with no UPN and no reason other than UN1', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: '2020-08-31', UPN: '', UPNunknown: '' },
      { LAchildID: 'b', PersonBirthDate: '2020-09-01', UPN: '', UPNunknown: '' },
      { LAchildID: 'c', PersonBirthDate: '2010-01-01', UPN: '', UPNunknown: 'UN1' },
      { LAchildID: 'd', PersonBirthDate: '2010-01-01', UPN: '', UPNunknown: 'un5' },
      { LAchildID: 'e', PersonBirthDate: '2010-01-01', UPN: 'A123', UPNunknown: '' },
      { LAchildID: 'f', PersonBirthDate: '2010-01-01', UPN: '', UPNunknown: '' },
      { LAchildID: 'g', PersonBirthDate: '2012-02-29', UPN: '', UPNunknown: '' },
    ];
    const CINdetails = [
      { LAchildID: 'a', ReferralNFA: '0' },
      { LAchildID: 'b', ReferralNFA: 'false' },
      { LAchildID: 'c', ReferralNFA: 'FALSE' },
      { LAchildID: 'd', ReferralNFA: '0' },
      { LAchildID: 'e', ReferralNFA: '0' },
      { LAchildID: 'f', ReferralNFA: 'true' },
      { LAchildID: 'g', ReferralNFA: '1' },
      { LAchildID: 'g', ReferralNFA: 'false' },
    ];
    expect(rule8770Q.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({
      ChildIdentifiers: [0, 2, 6],
    });
  });

  it('counts school age from 31 August six years before the one after the reference date, as the reference', () => {
    // cin2024_25/rule_8770Q.py, newest version: school_start_date - pd.DateOffset(years=6), with
    // school_start_date = ReferenceDate + DateOffset(months=4, days=31), so 31 August 2020 for 2025/26. A child
    // born on 31 August 2021 or 2022 (in reception or nursery at the reference date) is not queried.
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: '2021-08-31', UPN: '', UPNunknown: '' },
      { LAchildID: 'b', PersonBirthDate: '2022-08-31', UPN: '', UPNunknown: 'UN1' },
      { LAchildID: 'c', PersonBirthDate: '2020-08-31', UPN: '', UPNunknown: 'UN1' },
    ];
    const CINdetails = ['a', 'b', 'c'].map((LAchildID) => ({ LAchildID, ReferralNFA: '0' }));
    expect(rule8770Q.validate(censusD({ ChildIdentifiers, CINdetails }))).toEqual({ ChildIdentifiers: [2] });
  });
});
