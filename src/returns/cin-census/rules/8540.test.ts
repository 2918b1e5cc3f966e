import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8540 } from './8540.ts';

describe('8540', () => {
  it('fails a born, non-NFA child whose disability is missing or invalid', () => {
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: '2015-01-01' },
      { LAchildID: 'b', PersonBirthDate: '2015-01-01' },
      { LAchildID: 'c', PersonBirthDate: '2015-01-01' },
      { LAchildID: 'd', PersonBirthDate: '' },
      { LAchildID: 'e', PersonBirthDate: '2015-01-01' },
    ];
    const CINdetails = [
      { LAchildID: 'a', ReferralNFA: 'false' },
      { LAchildID: 'b', ReferralNFA: '0' },
      { LAchildID: 'c', ReferralNFA: 'false' },
      { LAchildID: 'd', ReferralNFA: 'false' },
      { LAchildID: 'e', ReferralNFA: 'true' },
    ];
    const Disabilities = [
      { LAchildID: 'a', Disability: 'NONE' },
      { LAchildID: 'b', Disability: 'XXX' },
      { LAchildID: 'b', Disability: '' },
      { LAchildID: 'e', Disability: 'XXX' },
    ];
    expect(rule8540.validate(censusD({ ChildIdentifiers, CINdetails, Disabilities }))).toEqual({
      ChildIdentifiers: [1, 2],
      Disabilities: [1, 2],
      CINdetails: [1, 2],
    });
  });
  it('needs a date of birth that is a date and ReferralNFA written false or 0', () => {
    // Reference rule_8540.py: PersonBirthDate.notna() on the column read as dates, and
    // ReferralNFA.isin(["false", "0"]) as written ("False" is not in it).
    const ChildIdentifiers = [
      { LAchildID: 'a', PersonBirthDate: 'TBC' },
      { LAchildID: 'b', PersonBirthDate: '2015-01-01' },
    ];
    const CINdetails = [
      { LAchildID: 'a', ReferralNFA: 'false' },
      { LAchildID: 'b', ReferralNFA: 'False' },
    ];
    expect(rule8540.validate(censusD({ ChildIdentifiers, CINdetails, Disabilities: [] }))).toEqual({});
  });
});
