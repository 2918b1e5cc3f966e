import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claResidential } from './cla-residential.ts';

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, placement: string, end: string | null = null): Episode => ({
  id,
  start: '2024-05-01',
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement,
  provider: 'PR4',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
});

describe('cla_residential', () => {
  it('counts children looked after at the month end in K1, K2, R1 or S1, not K3, R2 or a placement ending that day', () => {
    const m = model([
      child('a', { episodes: [ep('a1', 'K1')] }),
      child('b', { episodes: [ep('b1', 'K2')] }),
      child('c', { episodes: [ep('c1', 'R1')] }),
      child('d', { episodes: [ep('d1', 'S1')] }),
      child('e', { episodes: [ep('e1', 'K3')] }),
      child('f', { episodes: [ep('f1', 'R2')] }),
      child('g', { episodes: [ep('g1', 'U4')] }),
      child('h', { episodes: [ep('h1', 'K2', '2025-03-31')] }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claResidential.compute(m, period);
    expect(figureOf(claResidential, period, measure)).toMatchObject({ value: 4 });
    expect(measure.members.map((x) => [x.personId, x.facts.placement])).toEqual([
      ['a', 'K1'],
      ['b', 'K2'],
      ['c', 'R1'],
      ['d', 'S1'],
    ]);
  });
});
