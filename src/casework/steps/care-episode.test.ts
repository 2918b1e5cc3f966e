import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../../test/fixtures.ts';
import { inAuthority, type Actor } from '../../db/database.ts';
import { loadChild, statusAt, type ChildRecord } from '../child.ts';
import type { RawForm } from '../fields.ts';
import { recordHistory } from '../record.ts';
import { correctStep, recordStep, stepContext } from '../recording.ts';
import type { Step } from '../step.ts';
import { careChange } from './care-change.ts';
import { careEnd, careLeaverNote } from './care-end.ts';
import { careMissing } from './care-missing.ts';
import { careStart } from './care-start.ts';

let database: TestDatabase;
let actor: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
});
afterAll(() => database.drop());

const record = (child: string, step: Step, form: RawForm, today: string) =>
  recordStep(database.db, actor, child, step, form, today);
const load = async (child: string): Promise<ChildRecord> =>
  (await inAuthority(database.db, actor, (trx) => loadChild(trx, child)))!;
/** The child's clocks in a fixed order: by due date, then rule (those saved together share recorded_at). */
const byDue = (child: ChildRecord) =>
  [...child.tasks].sort((a, b) => a.due_date.localeCompare(b.due_date) || a.rule_id.localeCompare(b.rule_id));
const clocks = (child: ChildRecord) =>
  byDue(child).map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date, t.cancelled_date]);

/** A child placed with the authority's own foster carers (U6, PR1) under an interim care order. */
const fostered = (start: string): RawForm => ({
  ...dateInput('start_date', start),
  legal_status: 'C1',
  category_of_need: 'N1',
  placement_type: 'U6',
  placement_provider: 'PR1',
  placement_postcode: 'cb1 2ab',
  urn: 'sc123456',
  long_term_placement: 'no',
  previous_permanence: 'Z1',
});

describe('care-start', () => {
  it('starts a period of care with its clocks: 20 working days across Easter and the May bank holiday', async () => {
    const child = await arrangeChild(database.db, actor, { postcode: 'PE1 1AA' });
    const prefill = await inAuthority(database.db, actor, async (trx) =>
      careStart.prefill!(await stepContext(trx, actor, (await loadChild(trx, child))!, '2025-04-03')),
    );
    expect(prefill).toMatchObject({ home_postcode: 'PE1 1AA', long_term_placement: false });

    // Thursday 3 April 2025. Working days after it: 4 April (1), 7-11 (2-6), 14-17 (7-10), Good Friday 18 and
    // Easter Monday 21 skipped, 22-25 (11-14), 28 April-2 May (15-19), Monday 5 May bank holiday skipped,
    // Tuesday 6 May (20). Five working days: 4, 7, 8, 9, 10 April. A week: 10 April. 42 days: 15 May.
    const saved = await record(
      child,
      careStart,
      { ...fostered('2025-04-03'), home_postcode: 'pe1 1aa' },
      '2025-04-03',
    );
    expect(saved.ok).toBe(true);
    const now = await load(child);
    expect(now.claEpisodes).toHaveLength(1);
    expect(now.claEpisodes[0]).toMatchObject({
      start_date: '2025-04-03',
      rne: 'S',
      legal_status: 'C1',
      placement_postcode: 'CB1 2AB',
      home_postcode: 'PE1 1AA',
      urn: 'SC123456',
      end_date: null,
    });
    expect(clocks(now)).toEqual([
      ['cla_placement_plan_5wd', '2025-04-03', '2025-04-10', null, null],
      ['cla_visit_first_1w', '2025-04-03', '2025-04-10', null, null],
      ['cla_iha_20wd', '2025-04-03', '2025-05-06', null, null],
      ['cla_review_first_20wd', '2025-04-03', '2025-05-06', null, null],
      ['supervision_cla', '2025-04-03', '2025-05-15', null, null],
    ]);
    expect(statusAt(now, '2025-04-03').periodOfCareStart).toBe('2025-04-03');
  });

  it('counts the first review across Christmas and New Year', async () => {
    const child = await arrangeChild(database.db, actor);
    // Friday 13 December 2024: 16-20 Dec (1-5), 23, 24 (6, 7), 25 and 26 skipped, 27 (8), 30, 31 (9, 10),
    // 1 January skipped, 2, 3 (11, 12), 6-10 (13-17), 13, 14, 15 January (18-20).
    expect((await record(child, careStart, fostered('2024-12-13'), '2024-12-13')).ok).toBe(true);
    const review = (await load(child)).tasks.find((t) => t.rule_id === 'cla_review_first_20wd');
    expect(review!.due_date).toBe('2025-01-15');
  });

  it('refuses a young person who is 18 on the start date, and saves nothing', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2007-08-31' });
    const result = await record(child, careStart, fostered('2025-08-31'), '2025-09-01');
    expect(result).toMatchObject({
      ok: false,
      errors: {
        start_date:
          'The young person turned 18 on 31 August 2025: a period of care must start before their 18th birthday',
      },
    });
    const none = await load(child);
    expect(none.claEpisodes).toHaveLength(0);
    expect(none.tasks).toHaveLength(0);
    // The day before, they are 17.
    expect((await record(child, careStart, fostered('2025-08-30'), '2025-09-01')).ok).toBe(true);
  });

  it('checks the placement against the SSDA903 rules, and saves nothing when wrong', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2012-05-01' });
    const result = await record(
      child,
      careStart,
      {
        ...fostered('2025-04-03'),
        legal_status: 'V2',
        placement_type: 'P1',
        placement_provider: 'PR1',
        placement_postcode: 'ABC 123',
        urn: 'SC123456',
      },
      '2025-04-03',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: {
        placement_provider:
          'Select parents or others with parental responsibility (PR0) for a placement with parents (P1) (SSDA903 rules 527 to 531)',
        urn: 'Leave the Ofsted URN blank for placement P1 (SSDA903 rule 222)',
        placement_type:
          'A child placed with parents (P1) cannot be accommodated under section 20 (V2) (SSDA903 rule 378)',
        placement_postcode:
          'Enter the placement postcode as a real UK postcode, like SW1A 1AA, or leave it blank (SSDA903 rule 392c)',
      },
    });
    const other = await record(
      child,
      careStart,
      { ...fostered('2025-04-03'), placement_type: 'Z11', urn: '' },
      '2025-04-03',
    );
    expect(other).toMatchObject({
      ok: false,
      errors: {
        placement_provider: 'Leave the placement provider blank for placement Z11 (SSDA903 rule 213)',
      },
    });
    const temporary = await record(
      child,
      careStart,
      { ...fostered('2025-04-03'), placement_type: 'T4', placement_provider: '', urn: '' },
      '2025-04-03',
    );
    expect(temporary).toMatchObject({
      ok: false,
      errors: {
        placement_type: 'A period of care cannot start with a temporary placement (SSDA903 rule 380)',
      },
    });
    // Born 1 May 2012: 12 on 3 April 2025, too young for supported accommodation.
    const supported = await record(
      child,
      careStart,
      { ...fostered('2025-04-03'), placement_type: 'K3', placement_provider: 'PR4', urn: '' },
      '2025-04-03',
    );
    expect(supported).toMatchObject({
      ok: false,
      errors: {
        placement_type:
          'A child must be at least 16 to be placed in supported accommodation (K3) (SSDA903 rule 371)',
      },
    });
    const badDate = await record(
      child,
      careStart,
      {
        ...fostered('2025-04-03'),
        'start_date-day': '29',
        'start_date-month': '2',
        'start_date-year': '2025',
      },
      '2025-04-03',
    );
    expect(badDate).toMatchObject({
      ok: false,
      errors: { start_date: 'The date the child started to be looked after must be a real date' },
    });
    const beforeBirth = await record(child, careStart, fostered('2012-04-30'), '2025-04-03');
    expect(beforeBirth).toMatchObject({
      ok: false,
      errors: {
        start_date: 'The date the child started to be looked after must be on or after their date of birth',
      },
    });
    const none = await load(child);
    expect(none.claEpisodes).toHaveLength(0);
    expect(none.tasks).toHaveLength(0);
  });

  it('cannot overlap a period of care, nor start the day the last one ended (rule 431)', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const again = await record(child, careStart, fostered('2025-05-01'), '2025-05-01');
    expect(again).toEqual({
      ok: false,
      errors: {
        form: '"Record the start of a period of care" does not apply to this child\'s record as it stands',
      },
    });
    await record(child, careEnd, { ...dateInput('end_date', '2025-06-30'), reason_end: 'E4A' }, '2025-06-30');
    const sameDay = await record(child, careStart, fostered('2025-06-30'), '2025-07-01');
    expect(sameDay).toMatchObject({
      ok: false,
      errors: {
        start_date:
          'The child’s last period of care ended on 30 June 2025: a new one must start after that day (SSDA903 rule 431)',
      },
    });
    expect((await record(child, careStart, fostered('2025-07-01'), '2025-07-01')).ok).toBe(true);
    const now = await load(child);
    expect(now.claEpisodes.map((e) => [e.start_date, e.rne, e.end_date])).toEqual([
      ['2025-04-03', 'S', '2025-06-30'],
      ['2025-07-01', 'S', null],
    ]);
  });
});

describe('care-change', () => {
  it('moves placement: ends the episode with X1 and the reason, and restarts the visit clock', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const before = await load(child);
    const prefill = await inAuthority(database.db, actor, async (trx) =>
      careChange.prefill!(await stepContext(trx, actor, before, '2025-06-02')),
    );
    expect(prefill).toEqual({
      legal_status: 'C1',
      placement_type: 'U6',
      placement_provider: 'PR1',
      placement_postcode: 'CB1 2AB',
      urn: 'SC123456',
      long_term_placement: false,
    });

    // Monday 2 June 2025: a week is 9 June; five working days are 3, 4, 5, 6 and 9 June.
    const saved = await record(
      child,
      careChange,
      {
        ...dateInput('start_date', '2025-06-02'),
        rne: 'P',
        legal_status: 'C1',
        placement_type: 'U4',
        placement_provider: 'PR4',
        placement_postcode: 'PE2 9XX',
        urn: '2512345',
        reason_place_change: 'CARPL',
        long_term_placement: 'yes',
      },
      '2025-06-02',
    );
    expect(saved.ok).toBe(true);
    const now = await load(child);
    expect(
      now.claEpisodes.map((e) => [
        e.start_date,
        e.rne,
        e.placement_type,
        e.end_date,
        e.reason_end,
        e.reason_place_change,
      ]),
    ).toEqual([
      ['2025-04-03', 'S', 'U6', '2025-06-02', 'X1', 'CARPL'],
      ['2025-06-02', 'P', 'U4', null, null, null],
    ]);
    expect(now.claEpisodes[1]).toMatchObject({ category_of_need: 'N1', long_term_placement: true });
    expect(statusAt(now, '2025-06-02').periodOfCareStart).toBe('2025-04-03');
    const visits = byDue(now).filter((t) =>
      ['cla_visit_first_1w', 'cla_placement_plan_5wd'].includes(t.rule_id),
    );
    expect(visits.map((t) => [t.rule_id, t.from_date, t.due_date, t.cancelled_date])).toEqual([
      ['cla_placement_plan_5wd', '2025-04-03', '2025-04-10', '2025-06-02'],
      ['cla_visit_first_1w', '2025-04-03', '2025-04-10', '2025-06-02'],
      ['cla_placement_plan_5wd', '2025-06-02', '2025-06-09', null],
      ['cla_visit_first_1w', '2025-06-02', '2025-06-09', null],
    ]);
    // The review and health clocks run on: the period of care has not changed.
    expect(now.tasks.find((t) => t.rule_id === 'cla_review_first_20wd')!.cancelled_date).toBeNull();
    const history = await inAuthority(database.db, actor, (trx) =>
      recordHistory(trx, 'cla_episode', now.claEpisodes[0]!.id),
    );
    expect(history).toHaveLength(1);
    expect(history[0]!.data.end_date).toBeNull();
  });

  it('changes the legal status only, leaving the placement and its clocks alone', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const saved = await record(
      child,
      careChange,
      { ...fostered('2025-07-01'), rne: 'L', legal_status: 'C2' },
      '2025-07-01',
    );
    expect(saved.ok).toBe(true);
    const now = await load(child);
    expect(now.claEpisodes.map((e) => [e.rne, e.legal_status, e.end_date, e.reason_place_change])).toEqual([
      ['S', 'C1', '2025-07-01', null],
      ['L', 'C2', null, null],
    ]);
    expect(now.tasks.filter((t) => t.rule_id === 'cla_visit_first_1w')).toHaveLength(1);
    expect(now.tasks.some((t) => t.cancelled_date)).toBe(false);
  });

  it('checks the reason for the new episode against what changed, and saves nothing when wrong', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const today = '2025-07-01';
    const moved = { ...fostered('2025-07-01'), placement_type: 'U4', placement_provider: 'PR4' };
    const cases: [RawForm, Record<string, string>][] = [
      [
        { ...moved, rne: 'L', legal_status: 'C2' },
        {
          rne: 'The placement details have changed as well: choose a change of legal status and placement (SSDA903 rule 434)',
        },
      ],
      [
        { ...moved, rne: 'P', legal_status: 'C2', reason_place_change: 'CARPL' },
        {
          legal_status:
            'For a change of placement only, keep the legal status C1; if it changed too, choose B or U (SSDA903 rule 435)',
        },
      ],
      [
        { ...fostered('2025-07-01'), rne: 'B' },
        {
          legal_status: 'Select the new legal status: it is still C1 (SSDA903 rule 436)',
          placement_type: 'Enter the new placement: its details are the same as before (SSDA903 rule 436)',
        },
      ],
      [
        { ...moved, rne: 'P' },
        { reason_place_change: 'Select the reason for the placement change (SSDA903 rule 225)' },
      ],
      [
        {
          ...moved,
          placement_type: 'T2',
          placement_provider: '',
          urn: '',
          rne: 'P',
          reason_place_change: 'OTHER',
        },
        {
          reason_place_change:
            'Leave the reason blank for a move to or from a temporary placement (SSDA903 rule 226)',
        },
      ],
      [
        { ...moved, ...dateInput('start_date', '2025-04-03'), rne: 'P', reason_place_change: 'CARPL' },
        {
          start_date:
            'The date of the change must be after the current episode began on 3 April 2025; to change what was recorded that day, correct that episode (SSDA903 rule 355)',
        },
      ],
      [
        { ...moved, placement_type: 'A5', legal_status: 'E1', rne: 'U', placement_provider: 'PR3' },
        { placement_provider: 'Other public provision (PR3) cannot provide placement A5 (SSDA903 rule 529)' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careChange, form, today)).toMatchObject({ ok: false, errors });
    }
    const now = await load(child);
    expect(now.claEpisodes).toHaveLength(1);
    expect(now.claEpisodes[0]!.end_date).toBeNull();
    expect(now.tasks.some((t) => t.cancelled_date)).toBe(false);
  });

  it('needs no reason for a move to a temporary placement, and no provider or URN there', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const holiday = {
      ...fostered('2025-08-04'),
      rne: 'P',
      placement_type: 'T2',
      placement_provider: '',
      placement_postcode: '',
      urn: '',
    };
    expect((await record(child, careChange, holiday, '2025-08-04')).ok).toBe(true);
    const back = { ...fostered('2025-08-18'), rne: 'P' };
    expect((await record(child, careChange, back, '2025-08-18')).ok).toBe(true);
    const now = await load(child);
    expect(
      now.claEpisodes.map((e) => [e.placement_type, e.placement_provider, e.reason_place_change]),
    ).toEqual([
      ['U6', 'PR1', null],
      ['T2', null, null],
      ['U6', 'PR1', null],
    ]);
  });

  it('keeps a correction of the new episode on the day the episode before it ended', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const saved = await record(
      child,
      careChange,
      { ...fostered('2025-07-01'), rne: 'L', legal_status: 'C2' },
      '2025-07-01',
    );
    if (!saved.ok) throw new Error('not saved');
    const fixLegalStatus = await correctStep(
      database.db,
      actor,
      child,
      careChange,
      saved.id,
      { ...fostered('2025-07-01'), rne: 'L', legal_status: 'E1' },
      'Placement order, not a care order',
      '2025-07-02',
    );
    expect(fixLegalStatus.ok).toBe(true);
    const moveDate = await correctStep(
      database.db,
      actor,
      child,
      careChange,
      saved.id,
      { ...fostered('2025-07-02'), rne: 'L', legal_status: 'E1' },
      'Wrong day',
      '2025-07-02',
    );
    expect(moveDate).toMatchObject({
      ok: false,
      errors: {
        start_date:
          'A change starts the day the episode before it ended: to move this date, correct the end of the episode before it as well',
      },
    });
    expect((await load(child)).claEpisodes.map((e) => [e.start_date, e.legal_status])).toEqual([
      ['2025-04-03', 'C1'],
      ['2025-07-01', 'E1'],
    ]);
  });
});

describe('care-end', () => {
  it('ends the period of care and cancels every looked-after clock', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const saved = await record(
      child,
      careEnd,
      { ...dateInput('end_date', '2025-09-30'), reason_end: 'E4A' },
      '2025-09-30',
    );
    expect(saved.ok).toBe(true);
    const now = await load(child);
    expect(now.claEpisodes[0]).toMatchObject({ end_date: '2025-09-30', reason_end: 'E4A', version: 2 });
    expect(now.tasks).toHaveLength(5);
    expect(now.tasks.every((t) => t.cancelled_date === '2025-09-30')).toBe(true);
    const status = statusAt(now, '2025-09-30');
    expect(status.episode).toBeUndefined();
    expect(careChange.offered(now, status)).toBe(false);
    expect(careEnd.offered(now, status)).toBe(false);
    expect(careStart.offered(now, status)).toBe(true);
  });

  it('checks the ending against the placement and the record, and saves nothing when wrong', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const cases: [RawForm, Record<string, string>][] = [
      [
        { ...dateInput('end_date', '2025-04-02'), reason_end: 'E4A' },
        { end_date: 'The date must be on or after the current episode began on 3 April 2025' },
      ],
      [
        { ...dateInput('end_date', '2025-09-30'), reason_end: 'E11' },
        {
          reason_end:
            'The child is not placed for adoption (A3 to A6): they cannot be adopted from this placement (SSDA903 rule 390)',
        },
      ],
      [
        { ...dateInput('end_date', '2025-09-30'), reason_end: 'E7' },
        { reason_end: 'A child under 16 cannot move to adult social care (SSDA903 rule 389)' },
      ],
      [
        { ...dateInput('end_date', '2025-09-30'), reason_end: 'X1' },
        { reason_end: 'Select the reason the period of care ended from the list' },
      ],
    ];
    for (const [form, errors] of cases) {
      expect(await record(child, careEnd, form, '2025-09-30')).toMatchObject({ ok: false, errors });
    }
    const now = await load(child);
    expect(now.claEpisodes[0]!.end_date).toBeNull();
    expect(now.tasks.some((t) => t.cancelled_date)).toBe(false);
  });

  it('ends on the 18th birthday at the latest: 1 March for a child born on 29 February', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2008-02-29' });
    await record(child, careStart, { ...fostered('2023-09-01'), legal_status: 'C2' }, '2023-09-01');
    const late = await record(
      child,
      careEnd,
      { ...dateInput('end_date', '2026-03-02'), reason_end: 'E17' },
      '2026-03-05',
    );
    expect(late).toMatchObject({
      ok: false,
      errors: {
        end_date:
          'The young person turned 18 on 1 March 2026: they stopped being looked after that day at the latest',
      },
    });
    const early = await record(
      child,
      careEnd,
      { ...dateInput('end_date', '2026-02-28'), reason_end: 'E17' },
      '2026-03-05',
    );
    expect(early).toMatchObject({
      ok: false,
      errors: {
        reason_end: 'Staying with their carers at 18 (E17) applies from the young person’s 18th birthday',
      },
    });
    expect(
      (
        await record(
          child,
          careEnd,
          { ...dateInput('end_date', '2026-03-01'), reason_end: 'E17' },
          '2026-03-05',
        )
      ).ok,
    ).toBe(true);
    const now = await load(child);
    expect(careLeaverNote(now, '2026-03-01', 'E17')).toBe(
      'The young person left care at 18 after 13 weeks or more looked after since 14: record their care leaver status (former relevant).',
    );
  });

  it('waits for a missing child’s return, and a temporary placement’s end', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    await record(child, careMissing, { kind: 'M', ...dateInput('start_date', '2025-09-28') }, '2025-09-28');
    const missing = await record(
      child,
      careEnd,
      { ...dateInput('end_date', '2025-09-30'), reason_end: 'E8' },
      '2025-09-30',
    );
    expect(missing).toMatchObject({
      ok: false,
      errors: {
        form: 'The child is recorded as missing or away: record their return first, with its date (SSDA903 rules 575 and 577)',
      },
    });
    const other = await arrangeChild(database.db, actor);
    await record(other, careStart, fostered('2025-04-03'), '2025-04-03');
    await record(
      other,
      careChange,
      { ...fostered('2025-09-01'), rne: 'P', placement_type: 'T1', placement_provider: '', urn: '' },
      '2025-09-01',
    );
    const temporary = await record(
      other,
      careEnd,
      { ...dateInput('end_date', '2025-09-30'), reason_end: 'E4A' },
      '2025-09-30',
    );
    expect(temporary).toMatchObject({
      ok: false,
      errors: {
        form: 'The child is in a temporary placement (T1): record their return to their usual placement first (SSDA903 rule 381)',
      },
    });
  });

  it('can be corrected: the end date moves, keeping the version before', async () => {
    const child = await arrangeChild(database.db, actor);
    await record(child, careStart, fostered('2025-04-03'), '2025-04-03');
    const ended = await record(
      child,
      careEnd,
      { ...dateInput('end_date', '2025-09-30'), reason_end: 'E4A' },
      '2025-09-30',
    );
    if (!ended.ok) throw new Error('not saved');
    const corrected = await correctStep(
      database.db,
      actor,
      child,
      careEnd,
      ended.id,
      { ...dateInput('end_date', '2025-09-29'), reason_end: 'E4A' },
      'The child went home on the Monday',
      '2025-10-01',
    );
    expect(corrected.ok).toBe(true);
    expect((await load(child)).claEpisodes[0]).toMatchObject({ end_date: '2025-09-29', version: 3 });
  });
});

describe('careLeaverNote', () => {
  it('suggests a status only for young people of 16 or over who are not adopted, home or under an SGO', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2009-01-15' });
    await record(child, careStart, fostered('2024-06-03'), '2024-06-03');
    const now = await load(child);
    // 15 on 14 January 2025, 16 on 15 January 2025.
    expect(careLeaverNote(now, '2025-01-14', 'E8')).toBeNull();
    expect(careLeaverNote(now, '2025-01-15', 'E8')).toBe(
      'The young person left care aged 16 or 17 after 13 weeks or more looked after since 14: record their care leaver status (relevant).',
    );
    expect(careLeaverNote(now, '2025-01-15', 'E4A')).toBeNull();
    expect(careLeaverNote(now, '2025-01-15', 'E11')).toBeNull();
    expect(careLeaverNote(now, '2025-01-15', 'E47')).toBeNull();
  });

  it('suggests qualifying after less than 13 weeks looked after since 14', async () => {
    const child = await arrangeChild(database.db, actor, { date_of_birth: '2008-06-15' });
    await record(child, careStart, fostered('2025-01-06'), '2025-01-06');
    const now = await load(child);
    // 6 January to 31 March 2025 is 25 + 28 + 31 = 84 days, less than 91.
    expect(careLeaverNote(now, '2025-03-31', 'E8')).toMatch(
      /^The young person left care aged 16 or over after less than 13 weeks/,
    );
    // 6 January to 7 April 2025 is 91 days.
    expect(careLeaverNote(now, '2025-04-07', 'E8')).toMatch(/\(relevant\)\.$/);
  });
});
