import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claHealthInTimePct } from './cla-health-in-time-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

type Episode = ChildJourney['episodes'][number];
const ep = (id: string, start: string, end: string | null): Episode => ({
  id,
  start,
  end,
  rne: 'S',
  legalStatus: 'C2',
  placement: 'U4',
  provider: 'PR1',
  reasonEnd: end ? 'E4A' : null,
  longTerm: false,
});
const rha = (id: string, date: string, kind = 'review_health_assessment') => ({ id, kind, date });

describe('cla_health_in_time_pct', () => {
  it('at 29 February 2024: care from 28 February 2023, 183 days under 5, 365 days from 5', () => {
    const m = model([
      // 29 February 2024 minus 12 months is 28 February 2023: in the cohort. Assessed 365 days before.
      child('a', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('a1', '2023-02-28', null)],
        health: [rha('a', '2023-03-01')],
      }),
      // Care from 1 March 2023: not yet 12 months.
      child('b', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('b1', '2023-03-01', null)],
        health: [rha('b', '2023-03-02')],
      }),
      // 366 days before: late.
      child('c', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('c1', '2020-01-01', null)],
        health: [rha('c', '2023-02-28')],
      }),
      // Aged 3: 183 days before is in time...
      child('d', {
        dateOfBirth: '2020-06-01',
        episodes: [ep('d1', '2021-01-01', null)],
        health: [rha('d', '2023-08-30')],
      }),
      // ...184 days is not.
      child('e', {
        dateOfBirth: '2020-06-01',
        episodes: [ep('e1', '2021-01-01', null)],
        health: [rha('e', '2023-08-29')],
      }),
      // 5 on 29 February 2024 (born 28 February 2019): held to 365 days; 273 days is in time.
      child('f', {
        dateOfBirth: '2019-02-28',
        episodes: [ep('f1', '2020-01-01', null)],
        health: [rha('f', '2023-06-01')],
      }),
      // A dental check is not a health assessment; the review before it is 455 days old.
      child('g', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('g1', '2020-01-01', null)],
        health: [rha('g1', '2022-12-01'), rha('g2', '2024-01-10', 'dental_check')],
      }),
      // An assessment after the end does not count.
      child('h', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('h1', '2020-01-01', null)],
        health: [rha('h1', '2022-06-01'), rha('h2', '2024-03-05')],
      }),
      // Care broken on 1 June 2023 and begun again the next day: not continuous for 12 months.
      child('i', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('i1', '2020-01-01', '2023-06-01'), ep('i2', '2023-06-02', null)],
        health: [rha('i', '2023-10-01')],
      }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = claHealthInTimePct.compute(m, period);
    expect(figureOf(claHealthInTimePct, period, measure)).toMatchObject({ numerator: 3, denominator: 7 });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      [
        'a',
        true,
        {
          care_start: '2023-02-28',
          age: 10,
          latest_assessment: '2023-03-01',
          days_before_end: 365,
          limit_days: 365,
        },
      ],
      [
        'c',
        false,
        {
          care_start: '2020-01-01',
          age: 10,
          latest_assessment: '2023-02-28',
          days_before_end: 366,
          limit_days: 365,
        },
      ],
      [
        'd',
        true,
        {
          care_start: '2021-01-01',
          age: 3,
          latest_assessment: '2023-08-30',
          days_before_end: 183,
          limit_days: 183,
        },
      ],
      [
        'e',
        false,
        {
          care_start: '2021-01-01',
          age: 3,
          latest_assessment: '2023-08-29',
          days_before_end: 184,
          limit_days: 183,
        },
      ],
      [
        'f',
        true,
        {
          care_start: '2020-01-01',
          age: 5,
          latest_assessment: '2023-06-01',
          days_before_end: 273,
          limit_days: 365,
        },
      ],
      [
        'g',
        false,
        {
          care_start: '2020-01-01',
          age: 10,
          latest_assessment: '2022-12-01',
          days_before_end: 455,
          limit_days: 365,
        },
      ],
      [
        'h',
        false,
        {
          care_start: '2020-01-01',
          age: 10,
          latest_assessment: '2022-06-01',
          days_before_end: 638,
          limit_days: 365,
        },
      ],
    ]);
  });

  it('at 28 February 2025, care from 29 February 2024 is not yet 12 months (28 February 2024 would be)', () => {
    const m = model([
      child('a', { episodes: [ep('a1', '2024-02-29', null)] }),
      child('b', { episodes: [ep('b1', '2024-02-28', null)] }),
    ]);
    const period = monthOf('2025-02-28');
    const measure = claHealthInTimePct.compute(m, period);
    expect(figureOf(claHealthInTimePct, period, measure)).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
    expect(measure.members.map((x) => x.personId)).toEqual(['b']);
  });

  it('gives no value when no child has been looked after for 12 months', () => {
    const period = monthOf('2025-02-28');
    const m = model([child('a', { episodes: [ep('a1', '2024-03-01', null)] })]);
    expect(figureOf(claHealthInTimePct, period, claHealthInTimePct.compute(m, period)).value).toBeNull();
  });

  it('takes the latest assessment by date, whatever order the records are listed in', () => {
    // Listed newest first. The latest, 10 January 2024, is 50 days before 29 February 2024 (21 days to the end of
    // January + 29 in February): in time. The one of 1 June 2022 (638 days) is not the latest.
    const m = model([
      child('a', {
        dateOfBirth: '2014-01-01',
        episodes: [ep('a1', '2020-01-01', null)],
        health: [rha('a2', '2024-01-10'), rha('a1', '2022-06-01', 'initial_health_assessment')],
      }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = claHealthInTimePct.compute(m, period);
    expect(figureOf(claHealthInTimePct, period, measure)).toMatchObject({ value: 100, numerator: 1 });
    expect(measure.members[0]?.facts).toMatchObject({ latest_assessment: '2024-01-10', days_before_end: 50 });
  });
});
