import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8568 } from './8568.ts';

describe('8568', () => {
  it('fails a missing or invalid ReferralNFA', () => {
    const rows = ['true', 'false', '1', '0', '', 'yes', '2'].map((v) => ({ LAchildID: 'a', ReferralNFA: v }));
    expect(rule8568.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [4, 5, 6] });
  });
});
