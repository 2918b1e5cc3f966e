import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cpEnded2yPlusPct } from './cp-ended-2y-plus-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const plan = (id: string, start: string, end: string | null) => child(id, { cpPlans: [{ id, start, end }] });

describe('cp_ended_2y_plus_pct', () => {
  it('counts plans ending from 1 April 2025 to 28 February 2026 that lasted 24 months, 29 February included', () => {
    const m = model([
      // 29 February 2024 + 24 months = 28 February 2026: two years exactly.
      plan('a', '2024-02-29', '2026-02-28'),
      // 1 March 2024 + 24 months = 1 March 2026: one day short.
      plan('b', '2024-03-01', '2026-02-28'),
      plan('c', '2023-05-10', '2025-05-10'),
      plan('d', '2023-05-11', '2025-05-10'),
      // Ended on 31 March 2025, the last day of the previous year.
      plan('e', '2023-01-01', '2025-03-31'),
      // Still open, and ending after the as-at date: neither has ended in the year to date.
      plan('f', '2023-01-01', null),
      plan('g', '2023-01-01', '2026-03-01'),
      // Ended on 1 April 2025, the first day of the year, after 14 months and a half.
      plan('h', '2024-01-15', '2025-04-01'),
    ]);
    const period = monthOf('2026-02-01');
    const measure = cpEnded2yPlusPct.compute(m, period);
    expect(figureOf(cpEnded2yPlusPct, period, measure)).toMatchObject({
      value: 40,
      numerator: 2,
      denominator: 5,
    });
    expect(percentMembers(measure).map((x) => [x.recordId, x.facts.two_years_on, x.inNumerator])).toEqual([
      ['a', '2026-02-28', true],
      ['b', '2026-03-01', false],
      ['c', '2025-05-10', true],
      ['d', '2025-05-11', false],
      ['h', '2026-01-15', false],
    ]);
  });

  it('gives no value when no plan ended in the year to date', () => {
    const period = monthOf('2025-04-30');
    const m = model([plan('a', '2023-01-01', '2025-03-31')]);
    expect(figureOf(cpEnded2yPlusPct, period, cpEnded2yPlusPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
