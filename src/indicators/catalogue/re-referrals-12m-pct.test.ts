import { describe, expect, it } from 'vitest';
import { figureOf, type PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { reReferrals12mPct } from './re-referrals-12m-pct.ts';

const ref = (id: string, date: string, nfa = false) => ({
  id,
  date,
  nfa,
  closed: nfa ? date : null,
  closureReason: nfa ? 'RC7' : null,
});

describe('re_referrals_12m_pct', () => {
  it('looks back to the same day 12 months earlier, inclusive, clamping 29 February 2024 to 28 February 2023', () => {
    const m = model([
      // 29 February 2024 minus 12 months is 28 February 2023: an earlier referral that day counts.
      child('a', { referrals: [ref('a1', '2023-02-28', true), ref('a2', '2024-02-29')] }),
      // One day further back does not.
      child('b', { referrals: [ref('b1', '2023-02-27'), ref('b2', '2024-02-29')] }),
      // A first referral; the child's later referral (March) is not an earlier one.
      child('c', { referrals: [ref('c1', '2024-02-01'), ref('c2', '2024-03-05')] }),
      // Two in the month: the first is not a re-referral, the second is.
      child('d', { referrals: [ref('d1', '2024-02-05', true), ref('d2', '2024-02-20')] }),
      // The earlier referral was in January: it makes 1 February a re-referral without being counted itself.
      child('e', { referrals: [ref('e1', '2024-01-31', true), ref('e2', '2024-02-01')] }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = reReferrals12mPct.compute(m, period);
    expect(figureOf(reReferrals12mPct, period, measure)).toEqual({
      id: 're_referrals_12m_pct',
      period: '2024-02',
      value: 50,
      numerator: 3,
      denominator: 6,
    });
    expect(
      (measure.members as PercentMember[]).map((x) => [
        x.recordId,
        x.facts.window_from,
        x.facts.previous_referral,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a2', '2023-02-28', '2023-02-28', true],
      ['b2', '2023-02-28', '2023-02-27', false],
      ['c1', '2023-02-01', null, false],
      ['d1', '2023-02-05', null, false],
      ['d2', '2023-02-20', '2024-02-05', true],
      ['e2', '2023-02-01', '2024-01-31', true],
    ]);
  });

  it('counts a leap-day referral within 12 months of 28 February 2025 but not of 1 March 2025', () => {
    const m = model([
      child('f', { referrals: [ref('f1', '2024-02-29'), ref('f2', '2025-02-28')] }),
      child('g', { referrals: [ref('g1', '2024-02-29'), ref('g2', '2025-03-01')] }),
      // 31 March 2025 minus 12 months is 31 March 2024, the day of the earlier referral.
      child('h', { referrals: [ref('h1', '2024-03-31'), ref('h2', '2025-03-31')] }),
    ]);
    const february = monthOf('2025-02-01');
    expect(figureOf(reReferrals12mPct, february, reReferrals12mPct.compute(m, february))).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
    const march = monthOf('2025-03-01');
    const measure = reReferrals12mPct.compute(m, march);
    expect(figureOf(reReferrals12mPct, march, measure)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(
      (measure.members as PercentMember[]).map((x) => [x.recordId, x.facts.window_from, x.inNumerator]),
    ).toEqual([
      ['g2', '2024-03-01', false],
      ['h2', '2024-03-31', true],
    ]);
  });

  it('gives no value, not 0, for a month with no referrals', () => {
    const period = monthOf('2025-03-01');
    const m = model([child('a', { referrals: [ref('a1', '2025-02-28')] })]);
    expect(figureOf(reReferrals12mPct, period, reReferrals12mPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
