import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { assessments45wdPct } from './assessments-45wd-pct.ts';

const assessment = (id: string, start: string, authorised: string | null) => ({
  id,
  referralId: 'r',
  start,
  authorised,
  outcome: authorised ? 'nfa' : null,
});

describe('assessments_45wd_pct', () => {
  it('counts 45 working days exactly as in time and 46 as late, across Easter and the May bank holidays', () => {
    // From Monday 10 March 2025, 45 working days is Thursday 15 May (18 and 21 April, 5 May are holidays).
    const m = model([
      child('a', { assessments: [assessment('a1', '2025-03-10', '2025-05-15')] }),
      child('b', { assessments: [assessment('b1', '2025-03-10', '2025-05-16')] }),
      child('c', { assessments: [assessment('c1', '2025-05-01', null)] }),
    ]);
    const period = monthOf('2025-05-31');
    const measure = assessments45wdPct.compute(m, period);
    expect(figureOf(assessments45wdPct, period, measure)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(measure.members.map((x) => x.facts.working_days)).toEqual([45, 46]);
  });

  it('gives no value, not 0, for a month with no assessments authorised', () => {
    const period = monthOf('2025-06-30');
    expect(figureOf(assessments45wdPct, period, assessments45wdPct.compute(model([]), period))).toMatchObject(
      {
        value: null,
        numerator: 0,
        denominator: 0,
      },
    );
  });
});
