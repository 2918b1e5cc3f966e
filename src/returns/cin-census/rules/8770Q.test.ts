import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8770Q } from './8770Q.ts';

describe('8770Q', () => {
  it('queries a school-age child (born by 31 August 2022) with no UPN and no reason other than UN1', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: '2022-08-31', UPN: '', UPNunknown: '' },
      { LAchildID: 'b', PersonBirthDate: '2022-09-01', UPN: '', UPNunknown: '' },
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
});
