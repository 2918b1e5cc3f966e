import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import type { JourneyModel } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { supervisionCpPct } from './supervision-cp-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const supervised = (id: string, dates: string[]) => dates.map((date) => ({ id: `${id}-${date}`, date }));
const children = [
  child('a', {
    cpPlans: [{ id: 'a1', start: '2024-01-31', end: null }],
    supervisions: supervised('a', ['2024-02-02']),
  }),
  child('b', {
    cpPlans: [{ id: 'b1', start: '2024-01-01', end: null }],
    supervisions: supervised('b', ['2024-02-01']),
  }),
  child('c', { cpPlans: [{ id: 'c1', start: '2024-02-01', end: null }] }),
  // On a CIN plan, not a CP plan.
  child('d', {
    cinPlans: [{ id: 'd1', start: '2023-01-01', end: null }],
    supervisions: supervised('d', ['2024-02-20']),
  }),
  child('e', {
    cpPlans: [{ id: 'e1', start: '2023-06-01', end: null }],
    supervisions: supervised('e', ['2024-01-15', '2024-02-29']),
  }),
];

const run = (m: JourneyModel) => {
  const period = monthOf('2024-02-29');
  const measure = supervisionCpPct.compute(m, period);
  return { figure: figureOf(supervisionCpPct, period, measure), members: percentMembers(measure) };
};

describe('supervision_cp_pct', () => {
  it('uses the default 28 days: at 29 February 2024, plans started before 1 February, supervised 2-29 February', () => {
    const { figure, members } = run(model(children));
    expect(figure).toMatchObject({ numerator: 2, denominator: 3 });
    expect(members.map((x) => [x.laChildId, x.facts.start, x.facts.days_since, x.inNumerator])).toEqual([
      ['a', '2024-01-31', 27, true],
      ['b', '2024-01-01', 28, false],
      ['e', '2023-06-01', 0, true],
    ]);
  });

  it("uses the authority's own interval: 14 days takes plans started before 15 February, supervised from the 16th", () => {
    const { figure, members } = run(
      model(children, { policy: { supervision_cp: { unit: 'calendar_days', amount: 14 } } }),
    );
    expect(figure).toMatchObject({ value: 25, numerator: 1, denominator: 4 });
    expect(members.map((x) => [x.laChildId, x.facts.interval, x.inNumerator])).toEqual([
      ['a', '14 days', false],
      ['b', '14 days', false],
      ['c', '14 days', false],
      ['e', '14 days', true],
    ]);
  });
});
