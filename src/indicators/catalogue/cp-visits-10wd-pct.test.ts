import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model, type Visit } from '../testing.ts';
import { cpVisits10wdPct } from './cp-visits-10wd-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const visit = (date: string, kind = 'cp', seen = true): Visit => ({
  id: `${kind}-${date}`,
  date,
  kind,
  seen,
  seenAlone: false,
});
const onPlan = (id: string, start: string, visits: Visit[], end: string | null = null) =>
  child(id, { cpPlans: [{ id: `${id}-plan`, start, end }], visits });

describe('cp_visits_10wd_pct', () => {
  it('counts back 10 working days from Saturday 31 May 2025 over the 26 May bank holiday', () => {
    // Working days up to 31 May 2025: 30, 29, 28, 27 May (26 May is a bank holiday), 23, 22, 21, 20, 19, 16 May
    // are the last 10, so wd(15 May, 31 May) = 10 and wd(14 May, 31 May) = 11; wd(30 April, 31 May) = 20.
    const m = model([
      onPlan('a', '2025-01-06', [visit('2025-05-15')]),
      onPlan('b', '2025-01-06', [visit('2025-05-14')]),
      // A visit where the child was not seen does not count; the last seen was 30 April.
      onPlan('c', '2025-01-06', [visit('2025-04-30'), visit('2025-05-28', 'cp', false)]),
      // Plan 10 working days old: left out. 11 working days old and not yet seen: counted, not in time.
      onPlan('d', '2025-05-15', []),
      onPlan('e', '2025-05-14', []),
      // Seen only on a looked-after visit: not a child protection visit.
      onPlan('f', '2025-01-06', [visit('2025-05-28', 'cla')]),
      // The plan ends on 31 May: not open at the month end.
      onPlan('g', '2025-01-06', [], '2025-05-31'),
      // A visit after the month end is ignored.
      onPlan('h', '2025-01-06', [visit('2025-05-01'), visit('2025-06-02')]),
    ]);
    const period = monthOf('2025-05-31');
    const measure = cpVisits10wdPct.compute(m, period);
    const figure = figureOf(cpVisits10wdPct, period, measure);
    expect(figure).toMatchObject({ numerator: 1, denominator: 6 });
    expect(figure.value).toBeCloseTo(16.667, 3);
    expect(
      percentMembers(measure).map((x) => [
        x.laChildId,
        x.facts.last_seen,
        x.facts.working_days_since,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a', '2025-05-15', 10, true],
      ['b', '2025-05-14', 11, false],
      ['c', '2025-04-30', 20, false],
      ['e', null, null, false],
      ['f', null, null, false],
      ['h', '2025-05-01', 19, false],
    ]);
    expect(percentMembers(measure)[3]?.facts).toMatchObject({
      plan_start: '2025-05-14',
      plan_working_days: 11,
    });
  });

  it('gives no value when no child has been on a plan for more than 10 working days', () => {
    const period = monthOf('2025-05-31');
    const m = model([onPlan('a', '2025-05-20', [])]);
    expect(figureOf(cpVisits10wdPct, period, cpVisits10wdPct.compute(m, period)).value).toBeNull();
  });

  it('times a child with two overlapping plans from the earlier, whatever order they are listed in', () => {
    // On a plan since Monday 6 January 2025; a second plan recorded from 26 May is listed first. The child has
    // been on a plan for more than 10 working days at 31 May (timed from 26 May: 4, 27 to 30 May), so is in
    // the denominator; seen on 15 May, 10 working days before (see above): in time.
    const m = model([
      child('a', {
        cpPlans: [
          { id: 'a2', start: '2025-05-26', end: null },
          { id: 'a1', start: '2025-01-06', end: null },
        ],
        visits: [visit('2025-05-15')],
      }),
    ]);
    const period = monthOf('2025-05-31');
    const measure = cpVisits10wdPct.compute(m, period);
    expect(figureOf(cpVisits10wdPct, period, measure)).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
    expect(percentMembers(measure).map((x) => [x.recordId, x.facts.plan_start])).toEqual([
      ['a1', '2025-01-06'],
    ]);
  });
});
