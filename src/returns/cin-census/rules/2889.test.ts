import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule2889 } from './2889.ts';

describe('2889', () => {
  it('fails a Section 47 starting before its episode referral', () => {
    const episodes = [
      { LAchildID: 'a', CINdetailsID: '1', CINreferralDate: '2024-03-01' },
      { LAchildID: 'a', CINdetailsID: '2', CINreferralDate: '' },
    ];
    const s47 = [
      { LAchildID: 'a', CINdetailsID: '1', S47ActualStartDate: '2024-02-29' },
      { LAchildID: 'a', CINdetailsID: '1', S47ActualStartDate: '2024-03-01' },
      { LAchildID: 'a', CINdetailsID: '2', S47ActualStartDate: '2020-01-01' },
    ];
    expect(rule2889.validate(censusE({ CINdetails: episodes, Section47: s47 }))).toEqual({
      Section47: [0],
      CINdetails: [0],
    });
  });
});
