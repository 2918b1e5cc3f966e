import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model, type Visit } from '../testing.ts';
import { cpVisits20wdPct } from './cp-visits-20wd-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const seen = (date: string): Visit => ({
  id: date,
  date,
  kind: 'cp',
  seen: true,
  seenAlone: true,
});
const onPlan = (id: string, start: string, visits: Visit[]) =>
  child(id, { cpPlans: [{ id: `${id}-plan`, start, end: null }], visits });

describe('cp_visits_20wd_pct', () => {
  it('counts back 20 working days from 31 May 2025, past the 5 and 26 May bank holidays, to 30 April', () => {
    // The working days of May 2025 are 1, 2, 6-9, 12-16, 19-23, 27-30 May: 20. So wd(30 April, 31 May) = 20
    // and wd(29 April, 31 May) = 21. From 6 January: 19 working days in January, 20 in February, 21 in March,
    // 20 in April (less Good Friday and Easter Monday) and 20 in May: 100.
    const m = model([
      onPlan('a', '2025-01-06', [seen('2025-05-15')]),
      onPlan('c', '2025-01-06', [seen('2025-04-30')]),
      onPlan('k', '2025-01-06', [seen('2025-04-29')]),
      onPlan('i', '2025-04-29', []),
      onPlan('j', '2025-04-30', []),
    ]);
    const period = monthOf('2025-05-31');
    const measure = cpVisits20wdPct.compute(m, period);
    expect(figureOf(cpVisits20wdPct, period, measure)).toMatchObject({
      value: 50,
      numerator: 2,
      denominator: 4,
    });
    expect(
      percentMembers(measure).map((x) => [
        x.laChildId,
        x.facts.plan_working_days,
        x.facts.working_days_since,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a', 100, 10, true],
      ['c', 100, 20, true],
      ['k', 100, 21, false],
      ['i', 21, null, false],
    ]);
  });
});
