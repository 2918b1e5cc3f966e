import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import type { JourneyModel } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { supervisionCinPct } from './supervision-cin-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const onPlan = (id: string, start: string, supervisions: string[], end: string | null = null) =>
  child(id, {
    cinPlans: [{ id: `${id}-plan`, start, end }],
    supervisions: supervisions.map((date) => ({ id: `${id}-${date}`, date })),
  });

const figure = (m: JourneyModel, asAt: string) => {
  const period = monthOf(asAt);
  const measure = supervisionCinPct.compute(m, period);
  return { figure: figureOf(supervisionCinPct, period, measure), members: percentMembers(measure) };
};

describe('supervision_cin_pct', () => {
  it('uses the default 42 days: for 31 March 2025, plans started before 17 February, supervised from 18 February', () => {
    const { figure: f, members } = figure(
      model([
        onPlan('a', '2025-02-16', ['2025-02-18']),
        onPlan('b', '2025-01-01', ['2025-02-17']),
        // Started exactly 42 days before the month end: not yet due a supervision.
        onPlan('c', '2025-02-17', []),
        // Plan ends on 31 March: not open.
        onPlan('d', '2024-06-01', ['2025-03-20'], '2025-03-31'),
        // A supervision after the month end does not count.
        onPlan('e', '2024-06-01', ['2025-04-01']),
        onPlan('f', '2024-06-01', ['2025-01-10', '2025-03-31']),
      ]),
      '2025-03-31',
    );
    expect(f).toMatchObject({ value: 50, numerator: 2, denominator: 4 });
    expect(
      members.map((x) => [
        x.laChildId,
        x.facts.interval,
        x.facts.last_supervision,
        x.facts.days_since,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a', '42 days', '2025-02-18', 41, true],
      ['b', '42 days', '2025-02-17', 42, false],
      ['e', '42 days', null, null, false],
      ['f', '42 days', '2025-03-31', 0, true],
    ]);
  });

  it('counts an interval set in months back by the calendar: 31 March 2025 minus 1 month is 28 February', () => {
    const policy = { supervision_cin: { unit: 'months', amount: 1 } } as const;
    const { figure: f, members } = figure(
      model(
        [
          onPlan('p', '2025-02-27', ['2025-03-01']),
          onPlan('q', '2025-02-28', []),
          onPlan('r', '2025-01-01', ['2025-02-28']),
        ],
        { policy },
      ),
      '2025-03-31',
    );
    expect(f).toMatchObject({ value: 50, numerator: 1, denominator: 2 });
    expect(members.map((x) => [x.laChildId, x.facts.interval, x.inNumerator])).toEqual([
      ['p', '1 month', true],
      ['r', '1 month', false],
    ]);
  });

  it('counts an interval set in weeks as 7 days each: 2 weeks before 31 March 2025 is 17 March', () => {
    const policy = { supervision_cin: { unit: 'weeks', amount: 2 } } as const;
    const { figure: f, members } = figure(
      model(
        [
          onPlan('s', '2025-03-16', ['2025-03-18']),
          onPlan('t', '2025-03-17', []),
          onPlan('u', '2025-01-01', ['2025-03-17']),
        ],
        { policy },
      ),
      '2025-03-31',
    );
    expect(f).toMatchObject({ numerator: 1, denominator: 2 });
    expect(members.map((x) => [x.laChildId, x.facts.interval, x.inNumerator])).toEqual([
      ['s', '2 weeks', true],
      ['u', '2 weeks', false],
    ]);
  });

  it('counts an interval set in working days as the catalogue does: wd(start, end) > N, wd(supervision, end) <= N', () => {
    // Up to Saturday 31 May 2025 (26 May a bank holiday): wd(15 May, 31 May) = 10, wd(14 May, 31 May) = 11.
    const policy = { supervision_cin: { unit: 'working_days', amount: 10 } } as const;
    const { figure: f, members } = figure(
      model(
        [
          onPlan('v', '2025-05-14', ['2025-05-15']),
          onPlan('w', '2025-05-15', []),
          onPlan('x', '2025-01-06', ['2025-05-14']),
        ],
        { policy },
      ),
      '2025-05-31',
    );
    expect(f).toMatchObject({ numerator: 1, denominator: 2 });
    expect(members.map((x) => [x.laChildId, x.facts.interval, x.inNumerator])).toEqual([
      ['v', '10 working days', true],
      ['x', '10 working days', false],
    ]);
  });

  it('counts an interval set in hours as whole days, as the task clocks do: 72 hours is 3 days', () => {
    const policy = { supervision_cin: { unit: 'hours', amount: 72 } } as const;
    const { members } = figure(
      model([onPlan('y', '2025-03-27', ['2025-03-29']), onPlan('z', '2025-03-28', ['2025-03-29'])], {
        policy,
      }),
      '2025-03-31',
    );
    expect(members.map((x) => [x.laChildId, x.facts.interval, x.inNumerator])).toEqual([
      ['y', '72 hours', true],
    ]);
  });

  it('gives no value when no child has been on a plan longer than the interval', () => {
    expect(figure(model([onPlan('a', '2025-03-01', [])]), '2025-03-31').figure).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
