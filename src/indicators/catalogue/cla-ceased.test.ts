import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cla } from './cla.ts';
import { claCeased } from './cla-ceased.ts';
import { claStarted } from './cla-started.ts';

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

describe('cla_ceased', () => {
  it('counts periods of care ending in March 2025, not X1 changes or short breaks, twice for two periods', () => {
    const m = model([
      child('a', { episodes: [ep('a1', '2024-04-01', '2025-03-31')] }),
      child('b', { episodes: [ep('b1', '2023-04-01', '2025-03-01', { reasonEnd: 'E11', placement: 'A5' })] }),
      // X1 joins two episodes of one period: nothing ends.
      child('c', {
        episodes: [
          ep('c1', '2024-01-01', '2025-03-15', { reasonEnd: 'X1' }),
          ep('c2', '2025-03-15', null, { rne: 'P' }),
        ],
      }),
      // A short break ending: not counted.
      child('d', { episodes: [ep('d1', '2025-03-03', '2025-03-04', { legalStatus: 'V3' })] }),
      child('e', { episodes: [ep('e1', '2024-04-01', '2025-04-01')] }),
      child('f', {
        episodes: [
          ep('f1', '2025-03-02', '2025-03-05', { reasonEnd: 'E13' }),
          ep('f2', '2025-03-10', '2025-03-20', { reasonEnd: 'E4B' }),
        ],
      }),
      // Turns 18 on 20 March 2025: care ends on the birthday (E17); the period began in 2019.
      child('g', {
        dateOfBirth: '2007-03-20',
        episodes: [
          ep('g1', '2019-01-01', '2022-01-01', { reasonEnd: 'X1' }),
          ep('g2', '2022-01-01', '2025-03-20', { rne: 'L', reasonEnd: 'E17' }),
        ],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claCeased.compute(m, period);
    expect(figureOf(claCeased, period, measure)).toMatchObject({ value: 5, numerator: null });
    expect(measure.members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a1', { care_start: '2024-04-01', care_end: '2025-03-31', reason_end: 'E4A' }],
      ['b1', { care_start: '2023-04-01', care_end: '2025-03-01', reason_end: 'E11' }],
      ['f1', { care_start: '2025-03-02', care_end: '2025-03-05', reason_end: 'E13' }],
      ['f2', { care_start: '2025-03-10', care_end: '2025-03-20', reason_end: 'E4B' }],
      ['g2', { care_start: '2019-01-01', care_end: '2025-03-20', reason_end: 'E17' }],
    ]);
  });

  it('agrees with cla and cla_started: 2 at the end of February + 3 started - 2 ceased = 3 at the end of March', () => {
    const m = model([
      child('p', { episodes: [ep('p1', '2024-05-01', null)] }),
      child('q', { episodes: [ep('q1', '2025-03-10', null)] }),
      child('r', { episodes: [ep('r1', '2024-05-01', '2025-03-31')] }),
      child('s', {
        episodes: [
          ep('s1', '2025-01-06', '2025-03-12', { legalStatus: 'V3', reasonEnd: 'X1' }),
          ep('s2', '2025-03-12', null, { rne: 'L', legalStatus: 'V2' }),
        ],
      }),
      child('t', { episodes: [ep('t1', '2025-03-02', '2025-03-20')] }),
    ]);
    const feb = monthOf('2025-02-01');
    const mar = monthOf('2025-03-01');
    expect(cla.compute(m, feb).members.map((x) => x.personId)).toEqual(['p', 'r']);
    expect(claStarted.compute(m, mar).members.map((x) => x.personId)).toEqual(['q', 's', 't']);
    expect(claCeased.compute(m, mar).members.map((x) => x.personId)).toEqual(['r', 't']);
    expect(cla.compute(m, mar).members.map((x) => x.personId)).toEqual(['p', 'q', 's']);
  });
});
