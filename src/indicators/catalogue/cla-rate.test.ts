import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claRate } from './cla-rate.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null, more: Partial<Episode> = {}): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
  ...more,
});

describe('cla_rate', () => {
  const children = [
    child('a', { episodes: [ep('a1', '2024-06-01', null)] }),
    child('b', { episodes: [ep('b1', '2025-03-31', null, { legalStatus: 'V2' })] }),
    child('c', { episodes: [ep('c1', '2025-01-01', null, { legalStatus: 'V4' })] }),
    child('d', { episodes: [ep('d1', '2024-06-01', '2025-03-31')] }),
  ];

  it('is cla per 10,000 with the latest population held for the calendar year of the month end', () => {
    // 2 children (a, b) at 31 March 2025 over the 2024 estimate (2025 not held, 2026 later): 0.5 per 10,000.
    const m = model(children, { population: { 2024: 40_000, 2026: 1 } });
    const period = monthOf('2025-03-31');
    const measure = claRate.compute(m, period);
    expect(figureOf(claRate, period, measure)).toEqual({
      id: 'cla_rate',
      period: '2025-03',
      value: 0.5,
      numerator: 2,
      denominator: 40_000,
    });
    expect(measure.members.map((x) => x.personId)).toEqual(['a', 'b']);
  });

  it('gives no value without a population', () => {
    const period = monthOf('2025-03-31');
    const measure = claRate.compute(model(children, { population: {} }), period);
    expect(figureOf(claRate, period, measure)).toMatchObject({
      value: null,
      numerator: 2,
      denominator: null,
    });
  });
});
