import { describe, expect, it } from 'vitest';
import { figureOf, type PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { referralsNfaPct } from './referrals-nfa-pct.ts';

const ref = (
  id: string,
  date: string,
  nfa: boolean,
  closed: string | null = null,
  reason: string | null = null,
) => ({
  id,
  date,
  nfa,
  closed,
  closureReason: reason,
});

describe('referrals_nfa_pct', () => {
  it('counts referrals flagged no further action at referral, not those closed later after assessment', () => {
    const m = model([
      child('a', {
        referrals: [
          ref('a0', '2024-12-31', true, '2024-12-31', 'RC7'),
          ref('a1', '2025-01-01', true, '2025-01-01', 'RC7'),
        ],
      }),
      // Closed the same month after an assessment with no further action (RC8): not NFA at referral.
      child('b', { referrals: [ref('b1', '2025-01-02', false, '2025-01-31', 'RC8')] }),
      child('c', {
        referrals: [ref('c1', '2025-01-15', false), ref('c2', '2025-02-01', true, '2025-02-01', 'RC7')],
      }),
      child('d', { referrals: [ref('d1', '2025-01-31', false)] }),
    ]);
    const period = monthOf('2025-01-31');
    const measure = referralsNfaPct.compute(m, period);
    expect(figureOf(referralsNfaPct, period, measure)).toEqual({
      id: 'referrals_nfa_pct',
      period: '2025-01',
      value: 25,
      numerator: 1,
      denominator: 4,
    });
    expect((measure.members as PercentMember[]).map((x) => [x.recordId, x.facts.nfa, x.inNumerator])).toEqual(
      [
        ['a1', true, true],
        ['b1', false, false],
        ['c1', false, false],
        ['d1', false, false],
      ],
    );
  });

  it('gives no value, not 0, for a month with no referrals', () => {
    const period = monthOf('2025-01-31');
    expect(figureOf(referralsNfaPct, period, referralsNfaPct.compute(model([]), period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
