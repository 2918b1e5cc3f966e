import { describe, expect, it } from 'vitest';
import { censusE } from './helpers-e.ts';
import { rule8600 } from './8600.ts';

describe('8600', () => {
  it('fails a missing referral date or one after the reference date', () => {
    const rows = ['2026-03-31', '2026-04-01', '', '2010-02-28'].map((d) => ({
      LAchildID: 'a',
      CINreferralDate: d,
    }));
    expect(rule8600.validate(censusE({ CINdetails: rows }))).toEqual({ CINdetails: [1, 2] });
  });
});
