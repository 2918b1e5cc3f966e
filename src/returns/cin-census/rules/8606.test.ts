import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8606 } from './8606.ts';

describe('8606', () => {
  it('fails a referral more than 280 days before the birth or expected birth, and passes 280 days exactly', () => {
    const children = [
      { LAchildID: 'a', PersonBirthDate: '2024-02-29', ExpectedPersonBirthDate: '' },
      { LAchildID: 'b', PersonBirthDate: '', ExpectedPersonBirthDate: '2026-03-31' },
      { LAchildID: 'c', PersonBirthDate: '', ExpectedPersonBirthDate: '' },
    ];
    const episodes = [
      { LAchildID: 'a', CINreferralDate: '2023-05-25' }, // 280 days before 29 Feb 2024: pass
      { LAchildID: 'a', CINreferralDate: '2023-05-24' }, // 281 days: fail
      { LAchildID: 'b', CINreferralDate: '2025-06-23' }, // 281 days before the expected date: fail
      { LAchildID: 'c', CINreferralDate: '2000-01-01' }, // no dates of birth: pass
      { LAchildID: 'b', CINreferralDate: '' },
    ];
    expect(rule8606.validate(censusE({ CINdetails: episodes, ChildIdentifiers: children }))).toEqual({
      CINdetails: [1, 2],
      ChildIdentifiers: [0, 1],
    });
  });
});
