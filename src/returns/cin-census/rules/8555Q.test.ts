import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8555Q } from './8555Q.ts';

describe('8555Q', () => {
  it('queries a referral after the date of death, not on it', () => {
    const children = [
      { LAchildID: 'a', PersonDeathDate: '2024-02-29' },
      { LAchildID: 'b', PersonDeathDate: '' },
    ];
    const episodes = [
      { LAchildID: 'a', CINreferralDate: '2024-02-29' },
      { LAchildID: 'a', CINreferralDate: '2024-03-01' },
      { LAchildID: 'b', CINreferralDate: '2025-06-01' },
    ];
    expect(rule8555Q.validate(censusE({ ChildIdentifiers: children, CINdetails: episodes }))).toEqual({
      CINdetails: [1],
      ChildIdentifiers: [0],
    });
  });
});
