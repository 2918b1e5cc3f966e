import { describe, expect, it } from 'vitest';
import { figureOf, type Measure } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { icpc15wdPct } from './icpc-15wd-pct.ts';

const s47 = (id: string, start: string) => ({ id, start, end: null, icpcRequired: true });
const conference = (
  id: string,
  kind: 'initial' | 'review',
  date: string,
  s47Id: string | null,
): ChildJourney['conferences'][number] => ({ id, kind, date, s47Id, planId: null, outcome: 'plan' });

/** The members of a percentage, with inNumerator. */
function percentMembers(measure: Measure) {
  if (measure.kind !== 'percent') throw new Error(`expected a percentage, not ${measure.kind}`);
  return measure.members;
}

describe('icpc_15wd_pct', () => {
  it('times each initial conference in the month from its enquiry, across Easter and the May bank holiday', () => {
    // From Thursday 10 April 2025: Good Friday 18 April, Easter Monday 21 April and 5 May are not working days,
    // so the 15th working day is Tuesday 6 May and Wednesday 7 May is the 16th.
    // From Monday 28 April: 29, 30 April, 1, 2 May, (5 May), 6, 7 May: 6 working days.
    const m = model([
      child('a', {
        s47s: [s47('a-s', '2025-04-10')],
        conferences: [conference('a-k', 'initial', '2025-05-06', 'a-s')],
      }),
      child('b', {
        s47s: [s47('b-s', '2025-04-10')],
        conferences: [conference('b-k', 'initial', '2025-05-07', 'b-s')],
      }),
      child('c', {
        s47s: [s47('c-s', '2025-04-10')],
        conferences: [
          conference('c-k', 'initial', '2025-04-30', 'c-s'),
          conference('c-r', 'review', '2025-05-20', null),
        ],
      }),
      // Linked to the older enquiry: the later one does not rescue it.
      child('d', {
        s47s: [s47('d-s1', '2025-04-10'), s47('d-s2', '2025-04-28')],
        conferences: [conference('d-k', 'initial', '2025-05-07', 'd-s1')],
      }),
      // No link: the latest enquiry started on or before the conference (not the one after it).
      child('e', {
        s47s: [s47('e-s1', '2025-04-10'), s47('e-s2', '2025-04-28'), s47('e-s3', '2025-05-20')],
        conferences: [conference('e-k', 'initial', '2025-05-07', null)],
      }),
      // Held on Saturday 31 May with no enquiry recorded: counted, not in time.
      child('f', { conferences: [conference('f-k', 'initial', '2025-05-31', null)] }),
    ]);
    const period = monthOf('2025-05-01');
    const measure = icpc15wdPct.compute(m, period);
    expect(figureOf(icpc15wdPct, period, measure)).toMatchObject({ value: 40, numerator: 2, denominator: 5 });
    expect(
      percentMembers(measure).map((x) => [
        x.recordId,
        x.facts.s47_start,
        x.facts.working_days,
        x.inNumerator,
      ]),
    ).toEqual([
      ['a-k', '2025-04-10', 15, true],
      ['b-k', '2025-04-10', 16, false],
      ['d-k', '2025-04-10', 16, false],
      ['e-k', '2025-04-28', 6, true],
      ['f-k', null, null, false],
    ]);
  });

  it('gives no value, not 0, for a month with no initial conference', () => {
    const m = model([child('a', { conferences: [conference('a-r', 'review', '2025-06-02', null)] })]);
    const period = monthOf('2025-06-01');
    expect(figureOf(icpc15wdPct, period, icpc15wdPct.compute(m, period))).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
    });
  });
});
