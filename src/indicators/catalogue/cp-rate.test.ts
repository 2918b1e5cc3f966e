import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cpRate } from './cp-rate.ts';

describe('cp_rate', () => {
  it('counts plans open at the month end (not one ending that day) per 10,000, with the latest population held', () => {
    const m = model(
      [
        child('a', { cpPlans: [{ id: 'a1', start: '2025-01-10', end: null }] }),
        child('b', { cpPlans: [{ id: 'b1', start: '2024-06-01', end: '2025-03-31' }] }),
        child('c', { cpPlans: [{ id: 'c1', start: '2025-03-31', end: null }] }),
      ],
      { population: { 2024: 40_000, 2026: 1 } },
    );
    const period = monthOf('2025-03-15');
    // 2 children (a, c) at 31 March 2025 over the 2024 estimate (2025 not held, 2026 is later): 0.5 per 10,000.
    expect(figureOf(cpRate, period, cpRate.compute(m, period))).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 40_000,
    });
  });

  it('gives no value without a population', () => {
    const period = monthOf('2025-03-15');
    expect(figureOf(cpRate, period, cpRate.compute(model([], { population: {} }), period)).value).toBeNull();
  });
});
