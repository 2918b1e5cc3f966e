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
      ChildIdentifiers: [0],
      CINdetails: [1],
    });
  });
});
