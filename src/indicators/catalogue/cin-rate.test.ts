import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { cinRate } from './cin-rate.ts';
import { cla } from './cla.ts';

const plan = (id: string, start: string, end: string | null = null) => ({ id, start, end });
const episode = (
  id: string,
  start: string,
  end: string | null,
  legalStatus = 'C2',
  rne = 'S',
  reasonEnd: string | null = null,
) => ({ id, start, end, rne, legalStatus, placement: 'U4', provider: 'PR1', reasonEnd, longTerm: false });

describe('cin_rate', () => {
  it('counts each child once with an open CIN plan, CP plan or period of care at the month end', () => {
    const m = model(
      [
        child('a', { cinPlans: [plan('a1', '2025-01-06')] }),
        child('b', { cpPlans: [plan('b1', '2024-11-20')] }),
        child('c', { episodes: [episode('c1', '2024-08-01', null)] }),
        // On both a CIN plan and a CP plan: one child.
        child('d', { cinPlans: [plan('d1', '2024-10-01')], cpPlans: [plan('d2', '2025-03-31')] }),
        // Short breaks only (V3): not a period of care for this count.
        child('e', { episodes: [episode('e1', '2025-03-01', null, 'V3')] }),
        // Short breaks (V4) with a CIN plan: counted through the plan.
        child('f', {
          cinPlans: [plan('f1', '2024-06-01')],
          episodes: [episode('f2', '2025-03-10', null, 'V4')],
        }),
        // Only being assessed.
        child('g', {
          referrals: [{ id: 'g1', date: '2025-03-03', nfa: false, closed: null, closureReason: null }],
          assessments: [{ id: 'g2', referralId: 'g1', start: '2025-03-03', authorised: null, outcome: null }],
        }),
        // Plan and care that ended on 31 March: not open at it.
        child('h', { cpPlans: [plan('h1', '2024-01-01', '2025-03-31')] }),
        child('i', { episodes: [episode('i1', '2024-01-01', '2025-03-31', 'C2', 'S', 'E4A')] }),
        // A period of care of two episodes joined by X1 on 10 January: it began on 1 May 2024.
        child('j', {
          episodes: [
            episode('j1', '2024-05-01', '2025-01-10', 'V2', 'S', 'X1'),
            episode('j2', '2025-01-10', null, 'C1', 'L'),
          ],
        }),
      ],
      { population: { 2025: 30_000 } },
    );
    const period = monthOf('2025-03-15');
    const measure = cinRate.compute(m, period);
    // 6 children / 30,000 * 10,000 = 2.
    expect(figureOf(cinRate, period, measure)).toEqual({
      id: 'cin_rate',
      period: '2025-03',
      value: 2,
      numerator: 6,
      denominator: 30_000,
    });
    expect(measure.members.map((x) => [x.personId, x.facts])).toEqual([
      ['a', { cin_plan_start: '2025-01-06', cp_plan_start: null, care_start: null }],
      ['b', { cin_plan_start: null, cp_plan_start: '2024-11-20', care_start: null }],
      ['c', { cin_plan_start: null, cp_plan_start: null, care_start: '2024-08-01' }],
      ['d', { cin_plan_start: '2024-10-01', cp_plan_start: '2025-03-31', care_start: null }],
      ['f', { cin_plan_start: '2024-06-01', cp_plan_start: null, care_start: null }],
      ['j', { cin_plan_start: null, cp_plan_start: null, care_start: '2024-05-01' }],
    ]);
  });

  it('uses the latest population held up to the calendar year of the month end, and none before it', () => {
    const m = model([child('a', { cinPlans: [plan('a1', '2023-01-01')] })], { population: { 2024: 5_000 } });
    const january = monthOf('2025-01-31');
    expect(figureOf(cinRate, january, cinRate.compute(m, january))).toMatchObject({
      value: 2,
      numerator: 1,
      denominator: 5_000,
    });
    const december = monthOf('2023-12-31');
    expect(figureOf(cinRate, december, cinRate.compute(m, december)).value).toBeNull();
  });

  it('shows the care start cla shows: after short breaks, the start of the care counted', () => {
    // Short breaks (V3) from 6 January 2025 became section 20 care (L, V2) on 12 March, joined by X1: the child
    // is looked after, and counted, from 12 March (cla.ts), so the care started then, not on 6 January.
    const m = model([
      child('s', {
        episodes: [
          episode('s1', '2025-01-06', '2025-03-12', 'V3', 'S', 'X1'),
          episode('s2', '2025-03-12', null, 'V2', 'L'),
        ],
      }),
    ]);
    const period = monthOf('2025-03-31');
    expect(cinRate.compute(m, period).members.map((x) => x.facts.care_start)).toEqual(['2025-03-12']);
    expect(cla.compute(m, period).members.map((x) => x.facts.care_start)).toEqual(['2025-03-12']);
  });
});
