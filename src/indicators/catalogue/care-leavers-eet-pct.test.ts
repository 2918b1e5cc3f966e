import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { careLeaversEetPct } from './care-leavers-eet-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

const formerRelevant = (id: string) => [
  { id, eligibility: 'former_relevant', start: '2022-01-01', end: null },
];
const contact = (id: string, date: string, activity: string | null) => ({
  id,
  date,
  inTouch: 'YES',
  accommodation: null,
  activity,
});
const leaver = (id: string, contacts: ReturnType<typeof contact>[], dateOfBirth = '2004-06-01') =>
  child(id, { dateOfBirth, careLeaver: formerRelevant(`${id}1`), careLeaverContacts: contacts });

describe('care_leavers_eet_pct', () => {
  it('counts full-time (F) and part-time (P) activity as EET, not G4-G6 or 0, from the latest recorded', () => {
    const m = model([
      leaver('a', [contact('a-c', '2025-03-01', 'F1')]),
      leaver('b', [contact('b-c', '2025-03-01', 'P5')]),
      leaver('c', [contact('c-c', '2025-03-01', 'G5')]),
      leaver('d', [contact('d-c', '2025-03-01', '0')]),
      // The latest contact gives no activity: the apprenticeship (F4) before it stands.
      leaver('e', [contact('e-c1', '2024-12-01', 'F4'), contact('e-c2', '2025-03-15', null)]),
      leaver('f', []),
      // 22 on 31 March 2025: not in the cohort.
      leaver('g', [contact('g-c', '2025-03-01', 'F1')], '2003-03-31'),
    ]);
    const period = monthOf('2025-03-31');
    const measure = careLeaversEetPct.compute(m, period);
    expect(figureOf(careLeaversEetPct, period, measure)).toMatchObject({
      value: 50,
      numerator: 3,
      denominator: 6,
    });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts.activity])).toEqual([
      ['a', true, 'F1'],
      ['b', true, 'P5'],
      ['c', false, 'G5'],
      ['d', false, '0'],
      ['e', true, 'F4'],
      ['f', false, null],
    ]);
  });
});
