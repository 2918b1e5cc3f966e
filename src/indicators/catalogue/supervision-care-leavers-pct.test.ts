import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { supervisionCareLeaversPct } from './supervision-care-leavers-pct.ts';

function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

const status = (
  id: string,
  eligibility: string,
  start: string,
  end: string | null = null,
): ChildJourney['careLeaver'][number] => ({ id, eligibility, start, end });
const supervised = (id: string, date: string) => [{ id: `${id}-s`, date }];

describe('supervision_care_leavers_pct', () => {
  it('uses the default 56 days: at 30 June 2025, statuses from before 5 May, supervised from 6 May', () => {
    const m = model([
      // Relevant, then former relevant from 20 May: a care leaver since 1 January.
      child('a', {
        careLeaver: [
          status('a1', 'relevant', '2025-01-01', '2025-05-20'),
          status('a2', 'former_relevant', '2025-05-20'),
        ],
        supervisions: supervised('a', '2025-05-06'),
      }),
      child('b', {
        careLeaver: [status('b1', 'former_relevant', '2025-05-04')],
        supervisions: supervised('b', '2025-05-05'),
      }),
      child('c', { careLeaver: [status('c1', 'former_relevant', '2025-05-05')] }),
      // Qualifying care leavers are not care leavers in the catalogue's count.
      child('d', {
        careLeaver: [status('d1', 'qualifying', '2024-01-01')],
        supervisions: supervised('d', '2025-06-01'),
      }),
      // Status ended on 30 June: not open.
      child('e', { careLeaver: [status('e1', 'relevant', '2024-01-01', '2025-06-30')] }),
      // A gap between statuses starts the count again on 25 May.
      child('f', {
        careLeaver: [
          status('f1', 'relevant', '2025-01-01', '2025-05-20'),
          status('f2', 'former_relevant', '2025-05-25'),
        ],
      }),
    ]);
    const period = monthOf('2025-06-30');
    const measure = supervisionCareLeaversPct.compute(m, period);
    expect(figureOf(supervisionCareLeaversPct, period, measure)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    expect(
      percentMembers(measure).map((x) => [
        x.laChildId,
        x.recordId,
        x.facts.start,
        x.facts.days_since,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a', 'a2', '2025-01-01', 55, true],
      ['b', 'b1', '2025-05-04', 56, false],
    ]);
  });
});
