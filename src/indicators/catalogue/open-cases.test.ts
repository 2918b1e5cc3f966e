import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { openCases } from './open-cases.ts';

const ref = (id: string, date: string, closed: string | null = null, nfa = false) => ({
  id,
  date,
  nfa,
  closed,
  closureReason: closed === null ? null : nfa ? 'RC7' : 'RC8',
});

describe('open_cases', () => {
  it('counts children with an episode open at the month end, once each, not one closed that day', () => {
    const m = model([
      child('a', { referrals: [ref('a1', '2025-01-10')] }),
      // Closed on 31 March: not open at 31 March.
      child('b', { referrals: [ref('b1', '2024-11-01', '2025-03-31')] }),
      // No further action at referral on the last day: opened and closed the same day, never open at a day's end.
      child('c', { referrals: [ref('c1', '2025-03-31', '2025-03-31', true)] }),
      // Referred on the last day and still open.
      child('d', { referrals: [ref('d1', '2025-03-31')] }),
      // Closed the day after the month end: open at it.
      child('e', { referrals: [ref('e1', '2025-02-01', '2025-04-01')] }),
      child('f', { referrals: [ref('f1', '2025-04-01')] }),
      // An earlier closed episode and a current one: one child.
      child('g', { referrals: [ref('g1', '2024-01-01', '2024-06-01'), ref('g2', '2025-02-10')] }),
      // Turned 18 on 15 March 2025 with the episode still open: still counted (no age limit in the definition).
      child('h', { dateOfBirth: '2007-03-15', referrals: [ref('h1', '2024-09-01')] }),
    ]);
    const period = monthOf('2025-03-01');
    const measure = openCases.compute(m, period);
    expect(figureOf(openCases, period, measure)).toEqual({
      id: 'open_cases',
      period: '2025-03',
      value: 5,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.personId, x.recordId, x.facts.referral_date])).toEqual([
      ['a', 'a1', '2025-01-10'],
      ['d', 'd1', '2025-03-31'],
      ['e', 'e1', '2025-02-01'],
      ['g', 'g2', '2025-02-10'],
      ['h', 'h1', '2024-09-01'],
    ]);
  });

  it('gives 0 when no child is open', () => {
    const period = monthOf('2025-03-01');
    expect(figureOf(openCases, period, openCases.compute(model([]), period)).value).toBe(0);
  });
});
