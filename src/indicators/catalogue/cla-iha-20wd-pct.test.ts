import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { claIha20wdPct } from './cla-iha-20wd-pct.ts';

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
const iha = (id: string, date: string) => ({ id, kind: 'initial_health_assessment', date });

describe('cla_iha_20wd_pct', () => {
  it('in April 2025 (Easter on 18 and 21 April): care from 1 April is in time with an assessment by 1 May', () => {
    const m = model([
      // 20 working days after Tuesday 1 April is Thursday 1 May.
      child('a', { episodes: [ep('a1', '2025-04-01', null)], health: [iha('a', '2025-05-01')] }),
      // Friday 2 May is the 21st.
      child('b', { episodes: [ep('b1', '2025-04-01', null)], health: [iha('b', '2025-05-02')] }),
      // Care from the last day of the month, no assessment yet.
      child('c', { episodes: [ep('c1', '2025-04-30', null)] }),
      // An assessment from the previous period of care does not count.
      child('d', {
        episodes: [ep('d1', '2024-04-01', '2024-08-01'), ep('d2', '2025-04-10', null)],
        health: [iha('d', '2024-05-01')],
      }),
      // Care began on 31 March: March's cohort.
      child('e', { episodes: [ep('e1', '2025-03-31', null)], health: [iha('e', '2025-04-02')] }),
      // Short breaks: not starting care.
      child('f', {
        episodes: [ep('f1', '2025-04-07', null, { legalStatus: 'V3' })],
        health: [iha('f', '2025-04-08')],
      }),
    ]);
    const period = monthOf('2025-04-30');
    const measure = claIha20wdPct.compute(m, period);
    expect(figureOf(claIha20wdPct, period, measure)).toMatchObject({
      value: 25,
      numerator: 1,
      denominator: 4,
    });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { care_start: '2025-04-01', assessment: '2025-05-01', working_days: 20 }],
      ['b', false, { care_start: '2025-04-01', assessment: '2025-05-02', working_days: 21 }],
      ['c', false, { care_start: '2025-04-30', assessment: null, working_days: null }],
      ['d', false, { care_start: '2025-04-10', assessment: null, working_days: null }],
    ]);
  });

  it('gives no value in a month with no children starting care', () => {
    const period = monthOf('2025-05-31');
    const m = model([
      child('a', { episodes: [ep('a1', '2025-04-01', null)], health: [iha('a', '2025-05-01')] }),
    ]);
    expect(figureOf(claIha20wdPct, period, claIha20wdPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });

  it('times the first initial health assessment after the start by date, whatever order they are listed in', () => {
    // Care from Monday 3 March 2025; a second assessment recorded later is listed first. The first, Monday
    // 10 March, is 5 working days after the start (4 to 7 March and 10 March): in time. The later one (6 May)
    // is not the first.
    const m = model([
      child('a', {
        episodes: [ep('a1', '2025-03-03', null)],
        health: [iha('a2', '2025-05-06'), iha('a1', '2025-03-10')],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = claIha20wdPct.compute(m, period);
    expect(figureOf(claIha20wdPct, period, measure)).toMatchObject({ value: 100, numerator: 1 });
    expect(measure.members[0]?.facts).toMatchObject({ assessment: '2025-03-10', working_days: 5 });
  });
});
