import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8650 } from './8650.ts';

describe('8650', () => {
  it('fails a primary need code that is present but not N0-N9', () => {
    const CINdetails = [
      { PrimaryNeedCode: 'N1', ReferralNFA: 'false' },
      { PrimaryNeedCode: 'N0', ReferralNFA: 'false' },
      { PrimaryNeedCode: 'N99', ReferralNFA: 'true' },
      { PrimaryNeedCode: '', ReferralNFA: 'true' },
      { PrimaryNeedCode: '', ReferralNFA: '0' },
    ];
    expect(rule8650.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [2] });
  });
});
