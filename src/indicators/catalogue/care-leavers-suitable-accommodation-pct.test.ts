import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { careLeaversSuitableAccommodationPct } from './care-leavers-suitable-accommodation-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

const formerRelevant = (id: string) => [
  { id, eligibility: 'former_relevant', start: '2022-01-01', end: null },
];
const contact = (id: string, date: string, accommodation: string | null) => ({
  id,
  date,
  inTouch: 'YES',
  accommodation,
  activity: null,
});
const leaver = (id: string, contacts: ReturnType<typeof contact>[], dateOfBirth = '2004-06-01') =>
  child(id, { dateOfBirth, careLeaver: formerRelevant(`${id}1`), careLeaverContacts: contacts });

describe('care_leavers_suitable_accommodation_pct', () => {
  it('takes the latest accommodation recorded on or before 31 March 2025; suffix 1 is suitable', () => {
    const m = model([
      leaver('a', [contact('a-c', '2025-03-01', 'D1')]),
      leaver('b', [contact('b-c', '2025-03-01', 'S2')]),
      // The latest contact gives no accommodation: the one before it (U1) stands.
      leaver('c', [contact('c-c1', '2025-01-10', 'U1'), contact('c-c2', '2025-03-20', null)]),
      // Not known.
      leaver('d', [contact('d-c', '2025-03-01', '0')]),
      // Suitable only after the end; unsuitable (B2) before it.
      leaver('e', [contact('e-c1', '2024-11-01', 'B2'), contact('e-c2', '2025-04-02', 'E1')]),
      leaver('f', []),
      // 18: not in the cohort.
      leaver('g', [contact('g-c', '2025-03-01', 'D1')], '2006-04-01'),
    ]);
    const period = monthOf('2025-03-31');
    const measure = careLeaversSuitableAccommodationPct.compute(m, period);
    expect(figureOf(careLeaversSuitableAccommodationPct, period, measure)).toMatchObject({
      numerator: 2,
      denominator: 6,
    });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { age: 20, recorded: '2025-03-01', accommodation: 'D1' }],
      ['b', false, { age: 20, recorded: '2025-03-01', accommodation: 'S2' }],
      ['c', true, { age: 20, recorded: '2025-01-10', accommodation: 'U1' }],
      ['d', false, { age: 20, recorded: '2025-03-01', accommodation: '0' }],
      ['e', false, { age: 20, recorded: '2024-11-01', accommodation: 'B2' }],
      ['f', false, { age: 20, recorded: null, accommodation: null }],
    ]);
  });

  it('gives no value without former relevant care leavers aged 19-21', () => {
    const period = monthOf('2025-03-31');
    const m = model([leaver('g', [contact('g-c', '2025-03-01', 'D1')], '2006-04-01')]);
    expect(
      figureOf(
        careLeaversSuitableAccommodationPct,
        period,
        careLeaversSuitableAccommodationPct.compute(m, period),
      ).value,
    ).toBeNull();
  });
});
