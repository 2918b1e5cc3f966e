import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8630 } from './8630.ts';

describe('8630', () => {
  it('fails an episode closing before its referral date', () => {
    const CINdetails = [
      { CINreferralDate: '2024-02-29', CINclosureDate: '2024-02-28' },
      { CINreferralDate: '2024-02-29', CINclosureDate: '2024-02-29' },
      { CINreferralDate: '2024-02-29', CINclosureDate: '' },
      { CINreferralDate: '', CINclosureDate: '2024-02-28' },
    ];
    expect(rule8630.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0] });
  });
});
