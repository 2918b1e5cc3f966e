import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claIfaPct } from './cla-ifa-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, placement: string, provider: string | null, legalStatus = 'C2'): Episode => ({
  id,
  start: '2024-05-01',
  end: null,
  rne: 'S',
  legalStatus,
  placement,
  provider,
  reasonEnd: null,
  longTerm: false,
});

describe('cla_ifa_pct', () => {
  it('is the share of looked-after children in private or voluntary foster placements', () => {
    const m = model([
      child('a', { episodes: [ep('a1', 'U4', 'PR4')] }),
      child('b', { episodes: [ep('b1', 'U6', 'PR5')] }),
      // In-house foster care.
      child('c', { episodes: [ep('c1', 'U4', 'PR1')] }),
      // A private children's home is not fostering.
      child('d', { episodes: [ep('d1', 'K2', 'PR4')] }),
      child('e', { episodes: [ep('e1', 'U1', 'PR2')] }),
      // Short breaks with an agency carer: not in the denominator.
      child('f', { episodes: [ep('f1', 'U4', 'PR4', 'V3')] }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claIfaPct.compute(m, period);
    expect(figureOf(claIfaPct, period, measure)).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { placement: 'U4', provider: 'PR4' }],
      ['b', true, { placement: 'U6', provider: 'PR5' }],
      ['c', false, { placement: 'U4', provider: 'PR1' }],
      ['d', false, { placement: 'K2', provider: 'PR4' }],
      ['e', false, { placement: 'U1', provider: 'PR2' }],
    ]);
  });

  it('gives no value, not 0, when no child is looked after', () => {
    const period = monthOf('2025-03-31');
    const m = model([child('f', { episodes: [ep('f1', 'U4', 'PR4', 'V4')] })]);
    expect(figureOf(claIfaPct, period, claIfaPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
