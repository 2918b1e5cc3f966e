import { describe, expect, it } from 'vitest';
import { figureOf } from '../indicator.ts';
import type { Measure, PercentMember } from '../indicator.ts';
import { monthOf } from '../period.ts';
import { child, model } from '../testing.ts';
import { careLeaversInTouchPct } from './care-leavers-in-touch-pct.ts';

const percentMembers = (measure: Measure): PercentMember[] =>
  measure.kind === 'percent' ? measure.members : [];

const formerRelevant = (id: string, end: string | null = null) => [
  { id, eligibility: 'former_relevant', start: '2022-01-01', end },
];
const contact = (id: string, date: string, inTouch: string) => ({
  id,
  date,
  inTouch,
  accommodation: null,
  activity: null,
});

describe('care_leavers_in_touch_pct', () => {
  it('at 31 March 2025: aged 19-21, in touch by a contact from 3 February (8 weeks) or a recorded YES', () => {
    const m = model([
      // 19 on 31 March 2025; a contact exactly 56 days before, recording NREQ.
      child('a', {
        dateOfBirth: '2006-03-31',
        careLeaver: formerRelevant('a1'),
        careLeaverContacts: [contact('a-c', '2025-02-03', 'NREQ')],
      }),
      // 21; 57 days before and not recorded in touch.
      child('b', {
        dateOfBirth: '2003-04-01',
        careLeaver: formerRelevant('b1'),
        careLeaverContacts: [contact('b-c', '2025-02-02', 'NREQ')],
      }),
      // Recorded in touch (YES), long ago.
      child('c', {
        dateOfBirth: '2004-06-01',
        careLeaver: formerRelevant('c1'),
        careLeaverContacts: [contact('c-c', '2024-06-01', 'YES')],
      }),
      // A recent record saying not in touch.
      child('d', {
        dateOfBirth: '2004-06-01',
        careLeaver: formerRelevant('d1'),
        careLeaverContacts: [contact('d-c', '2025-03-20', 'NO')],
      }),
      // The latest record decides: YES on 1 March, then refused on 25 March.
      child('e', {
        dateOfBirth: '2004-06-01',
        careLeaver: formerRelevant('e1'),
        careLeaverContacts: [contact('e-c1', '2025-03-01', 'YES'), contact('e-c2', '2025-03-25', 'REFU')],
      }),
      // No contact recorded.
      child('f', { dateOfBirth: '2004-06-01', careLeaver: formerRelevant('f1') }),
      // 18 (19 on 1 April): not in the cohort.
      child('g', { dateOfBirth: '2006-04-01', careLeaver: formerRelevant('g1') }),
      // 22 on 31 March: not in the cohort.
      child('h', { dateOfBirth: '2003-03-31', careLeaver: formerRelevant('h1') }),
      // Relevant, not former relevant.
      child('i', {
        dateOfBirth: '2004-06-01',
        careLeaver: [{ id: 'i1', eligibility: 'relevant', start: '2022-01-01', end: null }],
      }),
      // Status ended on 31 March.
      child('j', { dateOfBirth: '2004-06-01', careLeaver: formerRelevant('j1', '2025-03-31') }),
      // A contact after the end does not count.
      child('k', {
        dateOfBirth: '2004-06-01',
        careLeaver: formerRelevant('k1'),
        careLeaverContacts: [contact('k-c1', '2024-12-01', 'NO'), contact('k-c2', '2025-04-01', 'YES')],
      }),
      // No date of birth: left out.
      child('l', { dateOfBirth: null, careLeaver: formerRelevant('l1') }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = careLeaversInTouchPct.compute(m, period);
    expect(figureOf(careLeaversInTouchPct, period, measure)).toMatchObject({ numerator: 2, denominator: 7 });
    expect(percentMembers(measure).map((x) => [x.personId, x.inNumerator, x.facts])).toEqual([
      ['a', true, { age: 19, latest_contact: '2025-02-03', in_touch: 'NREQ' }],
      ['b', false, { age: 21, latest_contact: '2025-02-02', in_touch: 'NREQ' }],
      ['c', true, { age: 20, latest_contact: '2024-06-01', in_touch: 'YES' }],
      ['d', false, { age: 20, latest_contact: '2025-03-20', in_touch: 'NO' }],
      ['e', false, { age: 20, latest_contact: '2025-03-25', in_touch: 'REFU' }],
      ['f', false, { age: 20, latest_contact: null, in_touch: null }],
      ['k', false, { age: 20, latest_contact: '2024-12-01', in_touch: 'NO' }],
    ]);
  });

  it('takes someone born on 29 February 2004 into the cohort on 1 March 2023, their 19th birthday', () => {
    const m = model([
      child('a', {
        dateOfBirth: '2004-02-29',
        careLeaver: formerRelevant('a1'),
        careLeaverContacts: [contact('a-c', '2023-02-20', 'YES')],
      }),
    ]);
    const feb = monthOf('2023-02-28');
    const mar = monthOf('2023-03-31');
    expect(figureOf(careLeaversInTouchPct, feb, careLeaversInTouchPct.compute(m, feb))).toMatchObject({
      value: null,
      denominator: 0,
    });
    expect(figureOf(careLeaversInTouchPct, mar, careLeaversInTouchPct.compute(m, mar))).toMatchObject({
      value: 100,
      numerator: 1,
      denominator: 1,
    });
  });

  it('lets the latest contact by date decide, whatever order the records are listed in', () => {
    // Listed newest first: refused on 25 March 2025 (the latest), recorded in touch on 1 March. Not in touch.
    const m = model([
      child('a', {
        dateOfBirth: '2004-06-01',
        careLeaver: formerRelevant('a1'),
        careLeaverContacts: [contact('a-c2', '2025-03-25', 'REFU'), contact('a-c1', '2025-03-01', 'YES')],
      }),
    ]);
    const period = monthOf('2025-03-31');
    const measure = careLeaversInTouchPct.compute(m, period);
    expect(figureOf(careLeaversInTouchPct, period, measure)).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
    expect(measure.members[0]?.facts).toMatchObject({ latest_contact: '2025-03-25', in_touch: 'REFU' });
  });
});
