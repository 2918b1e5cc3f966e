import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { earlyHelpAssessmentsCompleted } from './early-help-assessments-completed.ts';

const eha = (id: string, start: string, completed: string | null) => ({ id, start, completed });

describe('early_help_assessments_completed', () => {
  it('counts early help assessments completed from 1 to 31 December, not those started and not completed', () => {
    const m = model([
      child('a', {
        earlyHelpAssessments: [eha('a1', '2024-11-01', '2024-12-01'), eha('a2', '2024-12-02', null)],
      }),
      child('b', {
        earlyHelpAssessments: [eha('b1', '2024-12-20', '2024-12-31'), eha('b2', '2024-12-20', '2025-01-01')],
      }),
      child('c', { earlyHelpAssessments: [eha('c1', '2024-11-04', '2024-11-30')] }),
    ]);
    const period = monthOf('2024-12-25');
    const measure = earlyHelpAssessmentsCompleted.compute(m, period);
    expect(figureOf(earlyHelpAssessmentsCompleted, period, measure)).toEqual({
      id: 'early_help_assessments_completed',
      period: '2024-12',
      value: 2,
      numerator: null,
      denominator: null,
    });
    expect(measure.members.map((x) => [x.recordId, x.facts])).toEqual([
      ['a1', { start: '2024-11-01', completed: '2024-12-01' }],
      ['b1', { start: '2024-12-20', completed: '2024-12-31' }],
    ]);
  });

  it('gives 0 for a month with none completed', () => {
    const period = monthOf('2024-02-29');
    const m = model([child('a', { earlyHelpAssessments: [eha('a1', '2024-02-01', '2024-03-01')] })]);
    expect(
      figureOf(earlyHelpAssessmentsCompleted, period, earlyHelpAssessmentsCompleted.compute(m, period)).value,
    ).toBe(0);
  });
});
