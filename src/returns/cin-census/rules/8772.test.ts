import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8772 } from './8772.ts';

describe('8772', () => {
  it('fails UN7 on a child with a further-action episode', () => {
    const children = [
      { LAchildID: 'a', UPNunknown: 'UN7' },
      { LAchildID: 'b', UPNunknown: 'UN7' },
      { LAchildID: 'c', UPNunknown: 'UN4' },
    ];
    const episodes = [
      { LAchildID: 'a', ReferralNFA: 'true' },
      { LAchildID: 'a', ReferralNFA: 'false' },
      { LAchildID: 'b', ReferralNFA: '1' },
      { LAchildID: 'b', ReferralNFA: '' },
      { LAchildID: 'c', ReferralNFA: '0' },
    ];
    expect(rule8772.validate(censusE({ ChildIdentifiers: children, CINdetails: episodes }))).toEqual({
      ChildIdentifiers: [0, 1],
      CINdetails: [1, 3],
    });
  });

  it('fails a UN7 child with a blank ReferralNFA episode, or with no episode, as the reference validator does', () => {
    // rule_8772 left-joins CINdetails to ChildIdentifiers and fails every UN7 row whose ReferralNFA is not
    // "true" or "1" (lower-cased): a blank one (its test fails pd.NA) and a child with no episode (NaN) fail.
    const children = [
      { LAchildID: 'a', UPNunknown: 'UN7' },
      { LAchildID: 'b', UPNunknown: 'UN7' },
    ];
    const episodes = [{ LAchildID: 'a', ReferralNFA: '' }];
    expect(rule8772.validate(censusE({ ChildIdentifiers: children, CINdetails: episodes }))).toEqual({
      ChildIdentifiers: [0, 1],
      CINdetails: [0],
    });
  });
});
