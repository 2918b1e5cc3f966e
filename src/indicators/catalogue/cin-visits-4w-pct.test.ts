import { describe, expect, it } from 'vitest';
import { figureOf, type PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cinVisits4wPct } from './cin-visits-4w-pct.ts';

const plan = (id: string, start: string, end: string | null = null) => ({ id, start, end });
const visit = (id: string, date: string, seen = true, kind = 'cin') => ({
  id,
  date,
  kind,
  seen,
  seenAlone: false,
});

describe('cin_visits_4w_pct', () => {
  it('at 31 March 2025: plans started before 3 March, children seen on a CIN visit from 4 to 31 March', () => {
    const m = model([
      // Started 2 March, 29 days before the end: in; seen 4 March, the first day of the 28.
      child('a', { cinPlans: [plan('a1', '2025-03-02')], visits: [visit('av', '2025-03-04')] }),
      // Started 3 March, exactly 28 days before: not more than 28, left out.
      child('b', { cinPlans: [plan('b1', '2025-03-03')] }),
      // Seen 3 March, 29 days before the end: too long ago.
      child('c', { cinPlans: [plan('c1', '2025-01-01')], visits: [visit('cv', '2025-03-03')] }),
      // Visited but not seen.
      child('d', { cinPlans: [plan('d1', '2025-01-01')], visits: [visit('dv', '2025-03-20', false)] }),
      // Seen, but on a visit that is not a child in need visit.
      child('e', {
        cinPlans: [plan('e1', '2025-01-01')],
        visits: [visit('ev', '2025-03-20', true, 'other')],
      }),
      // Seen on the last day.
      child('f', {
        cinPlans: [plan('f1', '2025-01-01')],
        visits: [visit('fv', '2025-03-03'), visit('fw', '2025-03-31')],
      }),
      // Plan ended on 31 March: not on a plan at the end.
      child('g', { cinPlans: [plan('g1', '2025-01-01', '2025-03-31')], visits: [visit('gv', '2025-03-10')] }),
      // Seen only after the end.
      child('h', { cinPlans: [plan('h1', '2025-01-01')], visits: [visit('hv', '2025-04-01')] }),
      child('i', { cinPlans: [plan('i1', '2024-12-01')], visits: [visit('iv', '2025-03-15')] }),
      child('j', { cinPlans: [plan('j1', '2025-02-01')], visits: [visit('jv', '2025-03-10')] }),
    ]);
    const period = monthOf('2025-03-01');
    const measure = cinVisits4wPct.compute(m, period);
    expect(figureOf(cinVisits4wPct, period, measure)).toEqual({
      id: 'cin_visits_4w_pct',
      period: '2025-03',
      value: 50,
      numerator: 4,
      denominator: 8,
    });
    expect(
      (measure.members as PercentMember[]).map((x) => [
        x.personId,
        x.facts.window_from,
        x.facts.last_seen,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a', '2025-03-04', '2025-03-04', true],
      ['c', '2025-03-04', '2025-03-03', false],
      ['d', '2025-03-04', null, false],
      ['e', '2025-03-04', null, false],
      ['f', '2025-03-04', '2025-03-31', true],
      ['h', '2025-03-04', null, false],
      ['i', '2025-03-04', '2025-03-15', true],
      ['j', '2025-03-04', '2025-03-10', true],
    ]);
  });

  it('at 29 February 2024: plans started before 1 February, seen from 2 February', () => {
    const m = model([
      child('k', { cinPlans: [plan('k1', '2024-01-31')], visits: [visit('kv', '2024-02-02')] }),
      child('l', { cinPlans: [plan('l1', '2024-02-01')], visits: [visit('lv', '2024-02-29')] }),
      child('m', { cinPlans: [plan('m1', '2023-11-01')], visits: [visit('mv', '2024-02-01')] }),
    ]);
    const period = monthOf('2024-02-29');
    const measure = cinVisits4wPct.compute(m, period);
    expect(figureOf(cinVisits4wPct, period, measure)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect((measure.members as PercentMember[]).map((x) => [x.personId, x.inNumerator])).toEqual([
      ['k', true],
      ['m', false],
    ]);
  });

  it('gives no value, not 0, when no plan has run for more than 28 days', () => {
    const period = monthOf('2025-03-01');
    const m = model([child('b', { cinPlans: [plan('b1', '2025-03-03')] })]);
    expect(figureOf(cinVisits4wPct, period, cinVisits4wPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
