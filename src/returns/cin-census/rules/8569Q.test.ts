import { describe, expect, it } from 'vitest';
import { censusD } from './helpers-d.ts';
import { rule8569Q } from './8569Q.ts';

describe('8569Q', () => {
  it('queries NFA referrals dated before the working day before 1 April 2025 (Monday 31 March)', () => {
    const CINdetails = [
      { CINreferralDate: '2025-03-28', ReferralNFA: 'true' },
      { CINreferralDate: '2025-03-31', ReferralNFA: 'true' },
      { CINreferralDate: '2025-03-28', ReferralNFA: 'false' },
      { CINreferralDate: '2025-03-28', ReferralNFA: '0' },
      { CINreferralDate: '2025-03-28', ReferralNFA: '' },
      { CINreferralDate: '', ReferralNFA: 'true' },
    ];
    expect(rule8569Q.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0, 4] });
  });

  it('steps back over Easter: 1 April 2024 was Easter Monday, so the limit is Thursday 28 March', () => {
    const data = {
      ...censusD({
        CINdetails: [
          { CINreferralDate: '2024-03-27', ReferralNFA: '1' },
          { CINreferralDate: '2024-03-28', ReferralNFA: '1' },
        ],
      }),
      year: 2024,
      referenceDate: '2025-03-31',
      collectionStart: '2024-04-01',
    };
    expect(rule8569Q.validate(data)).toEqual({ CINdetails: [0] });
  });
  it('reads ReferralNFA as false only when written false or 0', () => {
    // Reference rule_8569Q.py: ~ReferralNFA.isin(["false", "0"]), so "False" is queried.
    const CINdetails = [{ CINreferralDate: '2025-03-28', ReferralNFA: 'False' }];
    expect(rule8569Q.validate(censusD({ CINdetails }))).toEqual({ CINdetails: [0] });
  });
});
