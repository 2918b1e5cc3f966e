import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule1104 } from './1104.ts';

describe('1104', () => {
  it('fails a Section 47 conference before its own episode referral only', () => {
    const episodes = [
      { LAchildID: 'a', CINdetailsID: '1', CINreferralDate: '2025-06-02' },
      { LAchildID: 'a', CINdetailsID: '2', CINreferralDate: '2025-01-01' },
      { LAchildID: 'b', CINdetailsID: '1', CINreferralDate: '' },
    ];
    const s47 = [
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '2025-06-01' }, // fail
      { LAchildID: 'a', CINdetailsID: '2', DateOfInitialCPC: '2025-01-01' }, // same day: pass
      { LAchildID: 'a', CINdetailsID: '1', DateOfInitialCPC: '' }, // blank: ignored
      { LAchildID: 'b', CINdetailsID: '1', DateOfInitialCPC: '2020-01-01' }, // referral blank: ignored
    ];
    expect(rule1104.validate(censusE({ CINdetails: episodes, Section47: s47 }))).toEqual({
      Section47: [0],
      CINdetails: [0],
    });
  });
});
