import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { chronology } from '../chronology.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordStep } from '../recording.ts';
import type { Step } from '../step.ts';
import { careChange } from './care-change.ts';
import { careDolo, careDoloEnd } from './care-dolo.ts';
import { careEnd } from './care-end.ts';
import { careStart } from './care-start.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '875');
});
afterAll(() => database.drop());

const record = (child: string, step: Step, form: RawForm, today: string) =>
  recordStep(database.db, actor, child, step, form, today);
const load = async (child: string): Promise<ChildRecord> =>
  (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;
const placement = (type: string) => ({
  legal_status: 'C2',
  placement_type: type,
  placement_provider: type === 'K2' ? 'PR4' : 'PR1',
  placement_postcode: 'CB1 2AB',
  urn: type === 'K2' ? 'SC123456' : '',
  long_term_placement: 'no',
});
const order = (start: string, end?: string): RawForm => ({
  ...dateInput('start_date', start),
  ...(end ? dateInput('end_date', end) : { 'end_date-day': '', 'end_date-month': '', 'end_date-year': '' }),
});

/** A child born 29 February 2012, looked after from 1 June 2026 in a children's home (K2). */
async function inChildrensHome(): Promise<string> {
  const child = await arrangeChild(database.db, actor, { date_of_birth: '2012-02-29' });
  const started = await record(
    child,
    careStart,
    {
      ...dateInput('start_date', '2026-06-01'),
      ...placement('K2'),
      category_of_need: 'N1',
      previous_permanence: 'Z1',
    },
    '2026-06-01',
  );
  expect(started).toMatchObject({ ok: true });
  return child;
}

describe('care-dolo', () => {
  it('records an order and its end, in the chronology, offered only while one can be ended', async () => {
    const child = await inChildrensHome();
    const before = await load(child);
    expect(careDolo.offered(before, statusAt(before, '2026-06-10'))).toBe(true);
    expect(careDoloEnd.offered(before, statusAt(before, '2026-06-10'))).toBe(false);
    expect(await record(child, careDolo, order('2026-06-10'), '2026-06-10')).toMatchObject({ ok: true });
    const open = await load(child);
    expect(open.deprivationsOfLiberty.map((o) => [o.start_date, o.end_date])).toEqual([['2026-06-10', null]]);
    expect(careDoloEnd.offered(open, statusAt(open, '2026-09-01'))).toBe(true);
    // A second order cannot start while the first is in force (rule 705).
    expect(await record(child, careDolo, order('2026-07-01', '2026-07-02'), '2026-07-02')).toMatchObject({
      ok: false,
      errors: {
        form: 'An order has been in force since 10 June 2026: record its end first (SSDA903 rule 705)',
      },
    });
    // The end the day before the start is refused (rule 702); the same day is allowed.
    expect(await record(child, careDoloEnd, dateInput('end_date', '2026-06-09'), '2026-09-01')).toMatchObject(
      {
        ok: false,
        errors: { end_date: 'The order must end on or after it started on 10 June 2026 (SSDA903 rule 702)' },
      },
    );
    expect(await record(child, careDoloEnd, dateInput('end_date', '2026-08-31'), '2026-09-01')).toMatchObject(
      {
        ok: true,
      },
    );
    const ended = await load(child);
    expect(ended.deprivationsOfLiberty.map((o) => [o.start_date, o.end_date, o.version])).toEqual([
      ['2026-06-10', '2026-08-31', 2],
    ]);
    expect(careDoloEnd.offered(ended, statusAt(ended, '2026-09-01'))).toBe(false);
    // The chronology is newest first.
    const entries = chronology(ended).filter((e) => e.table === 'deprivation_of_liberty');
    expect(entries.map((e) => [e.date, e.title])).toEqual([
      ['2026-08-31', 'Deprivation of liberty order ended'],
      ['2026-06-10', 'Deprivation of liberty order made'],
    ]);
    // A later order may not overlap the first: starting on its last day overlaps, the day after does not.
    expect(await record(child, careDolo, order('2026-08-31', '2026-09-30'), '2026-10-01')).toMatchObject({
      ok: false,
      errors: {
        start_date:
          'The child was already under an order from 10 June 2026 to 31 August 2026: orders cannot overlap',
      },
    });
    expect(await record(child, careDolo, order('2026-09-01', '2026-09-30'), '2026-10-01')).toMatchObject({
      ok: true,
    });
  });

  it('keeps an order within the period of care and its allowed placements (rules 707, 708, 709, 710)', async () => {
    const child = await inChildrensHome();
    const cases: [RawForm, Record<string, string>][] = [
      [
        order('2012-02-28'),
        { start_date: 'The order must start on or after the child’s date of birth (SSDA903 rule 708)' },
      ],
      [
        order('2026-05-31'),
        {
          start_date:
            'The child was not looked after on that date: an order is recorded for a looked-after child (SSDA903 rule 707)',
        },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careDolo, form, '2026-07-01')).toMatchObject({ ok: false, errors });
    }
    // Moved to foster care (U6) on 1 July: an order overlapping that placement is refused, one ending the day
    // before the move is not.
    const moved = await record(
      child,
      careChange,
      {
        ...dateInput('start_date', '2026-07-01'),
        rne: 'P',
        ...placement('U6'),
        reason_place_change: 'CARPL',
      },
      '2026-07-01',
    );
    expect(moved).toMatchObject({ ok: true });
    expect(await record(child, careDolo, order('2026-06-15', '2026-07-01'), '2026-07-02')).toMatchObject({
      ok: false,
      errors: {
        form: expect.stringMatching(
          /^The child was placed in .* from 1 July 2026: a child under a deprivation of liberty order is placed in a children’s home \(K2\) or placement Z12 or Z13 \(SSDA903 rules 709 and 710\)$/,
        ) as unknown as string,
      },
    });
    expect(await record(child, careDolo, order('2026-06-15', '2026-06-30'), '2026-07-02')).toMatchObject({
      ok: true,
    });
    // Care ends on 31 August: an order may not run past it, nor be left open.
    expect(
      await record(
        child,
        careEnd,
        { ...dateInput('end_date', '2026-08-31'), reason_end: 'E4A' },
        '2026-08-31',
      ),
    ).toMatchObject({ ok: true });
    const ceased =
      'The child ceased to be looked after on 31 August 2026: the order must end by then (SSDA903 rule 707)';
    expect(await record(child, careDolo, order('2026-08-01'), '2026-09-01')).toMatchObject({
      ok: false,
      errors: { end_date: ceased },
    });
  });
});
