import { describe, expect, it } from 'vitest';
import { figureOf, type PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { assessmentsToEarlyHelpPct } from './assessments-to-early-help-pct.ts';

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
const assessment = (id: string, referralId: string, start: string, authorised: string, outcome: string) => ({
  id,
  referralId,
  start,
  authorised,
  outcome,
});

describe('assessments_to_early_help_pct', () => {
  it('counts an early help outcome, or the episode closed RC9 after the assessment', () => {
    const m = model([
      // Started on leap day 2024, authorised on the last day of April, closed RC9 the same day.
      child('a', {
        referrals: [ref('ra', '2024-02-29', '2024-04-30', 'RC9')],
        assessments: [assessment('a1', 'ra', '2024-02-29', '2024-04-30', 'early_help')],
      }),
      // Closed RC9 in May after an assessment authorised on 2 April with another outcome.
      child('b', {
        referrals: [ref('rb', '2024-03-01', '2024-05-15', 'RC9')],
        assessments: [assessment('b1', 'rb', '2024-03-01', '2024-04-02', 'continue_support')],
      }),
      child('c', {
        referrals: [ref('rc', '2024-03-11', '2024-04-12', 'RC8')],
        assessments: [assessment('c1', 'rc', '2024-03-11', '2024-04-12', 'nfa')],
      }),
      // Early help outcome, episode kept open (the child has other open work): still counted.
      child('d', {
        referrals: [ref('rd', '2024-03-18')],
        assessments: [assessment('d1', 'rd', '2024-03-18', '2024-04-10', 'early_help')],
      }),
      // Authorised 31 March: the month before.
      child('e', {
        referrals: [ref('re', '2024-02-01', '2024-03-31', 'RC9')],
        assessments: [assessment('e1', 're', '2024-02-01', '2024-03-31', 'early_help')],
      }),
    ]);
    const period = monthOf('2024-04-01');
    const measure = assessmentsToEarlyHelpPct.compute(m, period);
    expect(figureOf(assessmentsToEarlyHelpPct, period, measure)).toEqual({
      id: 'assessments_to_early_help_pct',
      period: '2024-04',
      value: 75,
      numerator: 3,
      denominator: 4,
    });
    expect(
      (measure.members as PercentMember[]).map((x) => [x.recordId, x.facts.closure_reason, x.inNumerator]),
    ).toEqual([
      ['a1', 'RC9', true],
      ['b1', 'RC9', true],
      ['c1', 'RC8', false],
      ['d1', null, true],
    ]);
  });

  it('gives no value, not 0, for a month with no assessments authorised', () => {
    const period = monthOf('2024-04-01');
    const m = model([
      child('a', {
        referrals: [ref('ra', '2024-02-01')],
        assessments: [assessment('a1', 'ra', '2024-02-01', '2024-03-31', 'early_help')],
      }),
    ]);
    expect(
      figureOf(assessmentsToEarlyHelpPct, period, assessmentsToEarlyHelpPct.compute(m, period)),
    ).toMatchObject({ value: null, numerator: 0, denominator: 0 });
  });
});
