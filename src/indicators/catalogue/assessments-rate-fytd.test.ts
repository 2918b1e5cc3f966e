import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { assessmentsRateFytd } from './assessments-rate-fytd.ts';

const assessment = (id: string, start: string, authorised: string | null) => ({
  id,
  referralId: 'r',
  start,
  authorised,
  outcome: authorised ? 'nfa' : null,
});

const m = model(
  [
    child('a', {
      assessments: [
        assessment('a1', '2025-02-10', '2025-03-31'),
        assessment('a2', '2025-03-31', '2025-04-01'),
      ],
    }),
    // Started in March 2025 and not yet authorised: not counted in any year.
    child('b', {
      assessments: [assessment('b1', '2025-03-20', null), assessment('b2', '2024-02-26', '2024-04-01')],
    }),
    child('c', { assessments: [assessment('c1', '2024-01-15', '2024-03-31')] }),
  ],
  { population: { 2024: 40_000, 2025: 50_000 } },
);
const figure = (date: string) => {
  const period = monthOf(date);
  return figureOf(assessmentsRateFytd, period, assessmentsRateFytd.compute(m, period));
};

describe('assessments_rate_fytd', () => {
  it('counts by authorisation date from 1 April 2024 to 31 March 2025, over the 2025 population', () => {
    // b2 (1 April 2024) and a1 (31 March 2025): 2 / 50,000 * 10,000 = 0.4.
    expect(figure('2025-03-31')).toEqual({
      id: 'assessments_rate_fytd',
      period: '2025-03',
      value: 0.4,
      numerator: 2,
      denominator: 50_000,
    });
  });

  it('starts again on 1 April 2025, and gives March 2024 its own financial year', () => {
    // April 2025: a2 only, 1 / 50,000 * 10,000 = 0.2.
    expect(figure('2025-04-01')).toMatchObject({ value: 0.2, numerator: 1, denominator: 50_000 });
    // March 2024: c1 only (1 April 2023 to 31 March 2024), over 2024's 40,000: 0.25.
    expect(figure('2024-03-01')).toMatchObject({ value: 0.25, numerator: 1, denominator: 40_000 });
    // April 2024: b2 only.
    expect(figure('2024-04-30')).toMatchObject({ value: 0.25, numerator: 1, denominator: 40_000 });
  });

  it('lists the assessments behind the figure with their start and authorisation', () => {
    const period = monthOf('2025-03-31');
    expect(assessmentsRateFytd.compute(m, period).members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a1', { start: '2025-02-10', authorised: '2025-03-31' }],
      ['b2', { start: '2024-02-26', authorised: '2024-04-01' }],
    ]);
  });
});
