import { describe, expect, it } from 'vitest';
import { figureOf, type PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { assessmentsNfaPct } from './assessments-nfa-pct.ts';

const ref = (
  id: string,
  date: string,
  closed: string | null = null,
  closureReason: string | null = null,
) => ({
  id,
  date,
  nfa: false,
  closed,
  closureReason,
});
const assessment = (
  id: string,
  referralId: string,
  start: string,
  authorised: string | null,
  outcome: string,
) => ({
  id,
  referralId,
  start,
  authorised,
  outcome: authorised ? outcome : null,
});

describe('assessments_nfa_pct', () => {
  it('counts an NFA outcome, or the episode closed RC8 after the assessment even in a later month', () => {
    const m = model([
      child('a', {
        referrals: [ref('ra', '2025-04-01', '2025-05-20', 'RC8')],
        assessments: [assessment('a1', 'ra', '2025-04-01', '2025-05-20', 'nfa')],
      }),
      // Outcome "continue existing support", then closed RC8 on 10 June: it ended in no further action.
      child('b', {
        referrals: [ref('rb', '2025-04-14', '2025-06-10', 'RC8')],
        assessments: [assessment('b1', 'rb', '2025-04-14', '2025-05-12', 'continue_support')],
      }),
      child('c', {
        referrals: [ref('rc', '2025-04-01', '2025-05-30', 'RC7')],
        assessments: [assessment('c1', 'rc', '2025-04-01', '2025-05-02', 'cin_plan')],
      }),
      // Two assessments on one episode closed RC8 on 28 May: the closure follows the second.
      child('d', {
        referrals: [ref('rd', '2025-04-01', '2025-05-28', 'RC8')],
        assessments: [
          assessment('d1', 'rd', '2025-04-01', '2025-05-06', 'continue_support'),
          assessment('d2', 'rd', '2025-05-07', '2025-05-27', 'continue_support'),
        ],
      }),
      child('e', {
        referrals: [ref('re', '2025-05-01')],
        assessments: [assessment('e1', 're', '2025-05-01', '2025-05-31', 'early_help')],
      }),
      // Authorised on 30 April: April's, not May's.
      child('f', {
        referrals: [ref('rf', '2025-03-03', '2025-04-30', 'RC8')],
        assessments: [assessment('f1', 'rf', '2025-03-03', '2025-04-30', 'nfa')],
      }),
      // Started in May, not authorised.
      child('g', {
        referrals: [ref('rg', '2025-05-02')],
        assessments: [assessment('g1', 'rg', '2025-05-02', null, 'nfa')],
      }),
    ]);
    const period = monthOf('2025-05-31');
    const measure = assessmentsNfaPct.compute(m, period);
    expect(figureOf(assessmentsNfaPct, period, measure)).toEqual({
      id: 'assessments_nfa_pct',
      period: '2025-05',
      value: 50,
      numerator: 3,
      denominator: 6,
    });
    expect(
      (measure.members as PercentMember[]).map((x) => [
        x.recordId,
        x.facts.outcome,
        x.facts.closure_reason,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a1', 'No further action', 'RC8', true],
      ['b1', 'Continue existing support', 'RC8', true],
      ['c1', 'Child in need plan', 'RC7', false],
      ['d1', 'Continue existing support', null, false],
      ['d2', 'Continue existing support', 'RC8', true],
      ['e1', 'Step down to early help', null, false],
    ]);
  });

  it('gives no value, not 0, for a month with no assessments authorised', () => {
    const period = monthOf('2025-06-30');
    expect(figureOf(assessmentsNfaPct, period, assessmentsNfaPct.compute(model([]), period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
