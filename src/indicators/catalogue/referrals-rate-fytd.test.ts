import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { referralsRateFytd } from './referrals-rate-fytd.ts';

const ref = (id: string, date: string) => ({ id, date, nfa: false, closed: null, closureReason: null });

const m = model(
  [
    child('a', { referrals: [ref('a1', '2024-03-31'), ref('a2', '2024-04-01')] }),
    child('b', { referrals: [ref('b1', '2024-12-31'), ref('b2', '2025-01-15')] }),
    child('c', { referrals: [ref('c1', '2025-03-31'), ref('c2', '2025-04-01')] }),
  ],
  { population: { 2024: 20_000, 2025: 40_000 } },
);
const figure = (date: string) => {
  const period = monthOf(date);
  return figureOf(referralsRateFytd, period, referralsRateFytd.compute(m, period));
};

describe('referrals_rate_fytd', () => {
  it('counts 1 April to the month end, over the population of the calendar year of the month end', () => {
    // March 2025: 1 April 2024 to 31 March 2025 is a2, b1, b2, c1; 4 / 40,000 (2025's estimate) * 10,000 = 1.
    expect(figure('2025-03-01')).toEqual({
      id: 'referrals_rate_fytd',
      period: '2025-03',
      value: 1,
      numerator: 4,
      denominator: 40_000,
    });
    // December 2024: a2 and b1 over 2024's 20,000: 1.
    expect(figure('2024-12-01')).toMatchObject({ value: 1, numerator: 2, denominator: 20_000 });
  });

  it('starts again on 1 April: April 2025 has only c2, and March 2024 only a1 of its own year', () => {
    expect(figure('2025-04-30')).toMatchObject({ value: 0.25, numerator: 1, denominator: 40_000 });
    expect(figure('2024-03-31')).toMatchObject({ value: 0.5, numerator: 1, denominator: 20_000 });
  });

  it('lists each referral behind the figure with its date', () => {
    const period = monthOf('2025-01-31');
    expect(
      referralsRateFytd.compute(m, period).members.map((x) => [x.recordId, x.facts.referral_date]),
    ).toEqual([
      ['a2', '2024-04-01'],
      ['b1', '2024-12-31'],
      ['b2', '2025-01-15'],
    ]);
  });

  it('gives no value without a population held for the year or before it', () => {
    const period = monthOf('2023-06-30');
    expect(figureOf(referralsRateFytd, period, referralsRateFytd.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: null,
    });
  });
});
