import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { referrals } from './referrals.ts';

const ref = (id: string, date: string) => ({ id, date, nfa: false, closed: null, closureReason: null });

describe('referrals', () => {
  it('counts referrals dated from the first to the last day of the month, twice for a child referred twice', () => {
    const m = model([
      child('a', { referrals: [ref('a1', '2024-02-01'), ref('a2', '2024-02-29')] }),
      child('b', { referrals: [ref('b1', '2024-01-31'), ref('b2', '2024-03-01')] }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = referrals.compute(m, period);
    expect(figureOf(referrals, period, measure)).toEqual({
      id: 'referrals',
      period: '2024-02',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => x.recordId)).toEqual(['a1', 'a2']);
  });
});
