import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claVisitsInTimePct } from './cla-visits-in-time-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

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
const visit = (id: string, date: string, kind = 'cla', seen = true) => ({
  id,
  date,
  kind,
  seen,
  seenAlone: false,
});

describe('cla_visits_in_time_pct', () => {
  it('counts a seen visit on or after 31 March 2025 minus 42 days (17 February), or 91 days (30 December) when long-term', () => {
    const m = model([
      // Care began 24 March, 7 days before the end: in the denominator, visited the next day.
      child('a', { episodes: [ep('a1', '2025-03-24', null)], visits: [visit('a-v', '2025-03-25')] }),
      // Care began 25 March, 6 days before: left out.
      child('b', { episodes: [ep('b1', '2025-03-25', null)] }),
      // Last visit exactly 42 days before the end: in time.
      child('c', { episodes: [ep('c1', '2024-01-01', null)], visits: [visit('c-v', '2025-02-17')] }),
      // 43 days before: late.
      child('d', { episodes: [ep('d1', '2024-01-01', null)], visits: [visit('d-v', '2025-02-16')] }),
      // Agreed long-term placement: 91 days, exactly.
      child('e', {
        episodes: [ep('e1', '2024-01-01', null, { longTerm: true })],
        visits: [visit('e-v', '2024-12-30')],
      }),
      // Long-term, 92 days: late.
      child('f', {
        episodes: [ep('f1', '2024-01-01', null, { longTerm: true })],
        visits: [visit('f-v', '2024-12-29')],
      }),
      // A recent visit where the child was not seen does not count.
      child('g', {
        episodes: [ep('g1', '2024-01-01', null)],
        visits: [visit('g-v1', '2025-01-01'), visit('g-v2', '2025-03-20', 'cla', false)],
      }),
      // A CP visit is not a looked-after visit.
      child('h', { episodes: [ep('h1', '2024-01-01', null)], visits: [visit('h-v', '2025-03-20', 'cp')] }),
      // Within 42 days, but during the previous period of care (ended 20 February; new care from 1 March).
      child('i', {
        episodes: [ep('i1', '2024-01-01', '2025-02-20'), ep('i2', '2025-03-01', null)],
        visits: [visit('i-v', '2025-02-18')],
      }),
      // Only a visit after the month end.
      child('j', { episodes: [ep('j1', '2024-01-01', null)], visits: [visit('j-v', '2025-04-01')] }),
      // The earlier placement was long-term; the one open at the end is not: 42 days.
      child('k', {
        episodes: [
          ep('k1', '2023-01-01', '2025-03-01', { longTerm: true, reasonEnd: 'X1' }),
          ep('k2', '2025-03-01', null, { rne: 'P' }),
        ],
        visits: [visit('k-v', '2025-01-10')],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claVisitsInTimePct.compute(m, period);
    expect(figureOf(claVisitsInTimePct, period, measure)).toMatchObject({
      value: 30,
      numerator: 3,
      denominator: 10,
    });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { care_start: '2025-03-24', interval_days: 42, last_visit: '2025-03-25' }],
      ['c', true, { care_start: '2024-01-01', interval_days: 42, last_visit: '2025-02-17' }],
      ['d', false, { care_start: '2024-01-01', interval_days: 42, last_visit: '2025-02-16' }],
      ['e', true, { care_start: '2024-01-01', interval_days: 91, last_visit: '2024-12-30' }],
      ['f', false, { care_start: '2024-01-01', interval_days: 91, last_visit: '2024-12-29' }],
      ['g', false, { care_start: '2024-01-01', interval_days: 42, last_visit: '2025-01-01' }],
      ['h', false, { care_start: '2024-01-01', interval_days: 42, last_visit: null }],
      ['i', false, { care_start: '2025-03-01', interval_days: 42, last_visit: null }],
      ['j', false, { care_start: '2024-01-01', interval_days: 42, last_visit: null }],
      ['k', false, { care_start: '2023-01-01', interval_days: 42, last_visit: '2025-01-10' }],
    ]);
  });

  it('gives no value when every looked-after child began care less than 7 days before the end', () => {
    const period = monthOf('2025-03-31');
    const m = model([child('b', { episodes: [ep('b1', '2025-03-25', null)] })]);
    expect(figureOf(claVisitsInTimePct, period, claVisitsInTimePct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
