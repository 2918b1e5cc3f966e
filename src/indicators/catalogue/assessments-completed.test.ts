import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { assessmentsCompleted } from './assessments-completed.ts';

const assessment = (id: string, start: string, authorised: string | null, outcome: string | null = null) => ({
  id,
  referralId: 'r',
  start,
  authorised,
  outcome: authorised ? (outcome ?? 'nfa') : null,
});

describe('assessments_completed', () => {
  it('counts assessments authorised from 1 to 29 February 2024, not those started in it and still open', () => {
    const m = model([
      child('a', {
        assessments: [assessment('a1', '2024-01-02', '2024-02-29'), assessment('a2', '2024-02-01', null)],
      }),
      child('b', {
        assessments: [
          assessment('b1', '2023-12-01', '2024-01-31'),
          assessment('b2', '2024-02-01', '2024-02-01', 'cin_plan'),
        ],
      }),
      child('c', { assessments: [assessment('c1', '2024-02-05', '2024-03-01')] }),
    ]);
    const period = monthOf('2024-02-15');
    const measure = assessmentsCompleted.compute(m, period);
    expect(figureOf(assessmentsCompleted, period, measure)).toEqual({
      id: 'assessments_completed',
      period: '2024-02',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a1', { start: '2024-01-02', authorised: '2024-02-29', outcome: 'No further action' }],
      ['b2', { start: '2024-02-01', authorised: '2024-02-01', outcome: 'Child in need plan' }],
    ]);
  });

  it('counts each of two assessments a child had authorised in the month', () => {
    const m = model([
      child('a', {
        assessments: [
          assessment('a1', '2025-06-02', '2025-06-03'),
          assessment('a2', '2025-06-10', '2025-06-30'),
        ],
      }),
    ]);
    const period = monthOf('2025-06-01');
    expect(figureOf(assessmentsCompleted, period, assessmentsCompleted.compute(m, period)).value).toBe(2);
  });
});
