import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { arrangeAuthority, arrangeChild, dateInput } from '../../test/fixtures.ts';
import { inAuthority, type Actor } from '../db/database.ts';
import { loadChild } from './child.ts';
import { correctStep, recordStep } from './recording.ts';
import { recordHistory } from './record.ts';
import { stepById } from './steps/index.ts';

let database: TestDatabase;
let actor: Actor;
let other: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  actor = await arrangeAuthority(database.ownerDb, '873');
  other = await arrangeAuthority(database.ownerDb, '874');
});
afterAll(() => database.drop());

const contact = stepById('contact')!;
const referral = stepById('referral')!;

describe('recording a contact', () => {
  it('saves it with a screening clock due the next working day, audited', async () => {
    const child = await arrangeChild(database.db, actor);
    // Thursday 17 April 2025: the next working day is Tuesday 22 April (Good Friday and Easter Monday).
    const result = await recordStep(
      database.db,
      actor,
      child,
      contact,
      {
        ...dateInput('contact_date', '2025-04-17'),
        source: '6',
        concern: 'Domestic abuse notification',
      },
      '2025-04-17',
    );
    expect(result.ok).toBe(true);
    const record = await inAuthority(database.db, actor, (trx) => loadChild(trx, child));
    expect(record!.contacts).toHaveLength(1);
    expect(record!.tasks.map((t) => [t.rule_id, t.from_date, t.due_date, t.completed_date])).toEqual([
      ['contact_screening_1wd', '2025-04-17', '2025-04-22', null],
    ]);
    const audit = await database.ownerDb
      .selectFrom('audit_event')
      .select(['action', 'subject_id'])
      .where('action', '=', 'record')
      .execute();
    // The child, the contact and its clock.
    expect(audit.filter((a) => a.subject_id === child)).toHaveLength(3);
  });

  it('saves nothing and says why when a field is wrong', async () => {
    const child = await arrangeChild(database.db, actor);
    const result = await recordStep(
      database.db,
      actor,
      child,
      contact,
      {
        'contact_date-day': '31',
        'contact_date-month': '2',
        'contact_date-year': '2025',
        source: 'X',
        concern: '',
        decision: 'referral',
      },
      '2025-04-17',
    );
    expect(result.ok ? {} : result.errors).toEqual({
      contact_date: 'The date of contact must be a real date',
      source: 'Select the source of contact from the list',
      concern: 'Enter the concern',
    });
    const record = await inAuthority(database.db, actor, (trx) => loadChild(trx, child));
    expect(record!.contacts).toHaveLength(0);
    expect(record!.tasks).toHaveLength(0);
  });

  it('checks the decision date is not before the contact', async () => {
    const child = await arrangeChild(database.db, actor);
    const result = await recordStep(
      database.db,
      actor,
      child,
      contact,
      {
        ...dateInput('contact_date', '2025-04-17'),
        source: '6',
        concern: 'Concern',
        decision: 'referral',
        ...dateInput('decision_date', '2025-04-16'),
      },
      '2025-04-17',
    );
    expect(result).toMatchObject({
      ok: false,
      errors: { decision_date: 'The date of decision must be the same as or after the date of contact' },
    });
  });
});

describe('a referral', () => {
  it('starts from the contact that led to it, and cannot overlap an open episode', async () => {
    const child = await arrangeChild(database.db, actor);
    await recordStep(
      database.db,
      actor,
      child,
      contact,
      {
        ...dateInput('contact_date', '2025-04-17'),
        source: '2A',
        concern: 'Bruising seen at school',
        decision: 'referral',
        ...dateInput('decision_date', '2025-04-22'),
      },
      '2025-04-22',
    );
    const first = await inAuthority(database.db, actor, (trx) => loadChild(trx, child));
    expect(first!.tasks[0]!.completed_date).toBe('2025-04-22');

    const saved = await recordStep(
      database.db,
      actor,
      child,
      referral,
      {
        ...dateInput('referral_date', '2025-04-22'),
        source: '2A',
        primary_need: 'N1',
        nfa: 'no',
      },
      '2025-04-22',
    );
    expect(saved.ok).toBe(true);
    const again = await recordStep(
      database.db,
      actor,
      child,
      referral,
      {
        ...dateInput('referral_date', '2025-05-01'),
        source: '2A',
        nfa: 'no',
      },
      '2025-05-01',
    );
    expect(again).toMatchObject({ ok: false });
  });

  it('keeps the earlier version when corrected, with who, when and why', async () => {
    const child = await arrangeChild(database.db, actor);
    const saved = await recordStep(
      database.db,
      actor,
      child,
      referral,
      {
        ...dateInput('referral_date', '2025-04-22'),
        source: '6',
        nfa: 'no',
      },
      '2025-04-22',
    );
    if (!saved.ok) throw new Error('not saved');
    const corrected = await correctStep(
      database.db,
      actor,
      child,
      referral,
      saved.id,
      {
        ...dateInput('referral_date', '2025-04-23'),
        source: '6',
        nfa: 'no',
      },
      'Date typed wrongly',
      '2025-04-25',
    );
    expect(corrected.ok).toBe(true);
    const history = await inAuthority(database.db, actor, (trx) => recordHistory(trx, 'referral', saved.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      version: 1,
      reason: 'Date typed wrongly',
      supersededBy: actor.userId,
    });
    expect(history[0]!.data.referral_date).toBe('2025-04-22');
    const now = await inAuthority(database.db, actor, (trx) => loadChild(trx, child));
    expect(now!.referrals[0]).toMatchObject({
      referral_date: '2025-04-23',
      version: 2,
      correction_reason: 'Date typed wrongly',
    });
  });

  it('moves the clock a corrected date started, due by its rule from the new date', async () => {
    const child = await arrangeChild(database.db, actor);
    const contact = stepById('contact')!;
    const saved = await recordStep(
      database.db,
      actor,
      child,
      contact,
      { ...dateInput('contact_date', '2025-04-22'), source: '6', concern: 'Police notification' },
      '2025-04-22',
    );
    if (!saved.ok) throw new Error('not saved');
    const task = () =>
      inAuthority(database.db, actor, (trx) =>
        trx
          .selectFrom('task')
          .select(['from_date', 'due_date', 'version', 'correction_reason'])
          .where('source_id', '=', saved.id)
          .executeTakeFirstOrThrow(),
      );
    // Tuesday 22 April 2025: screened within one working day, by Wednesday 23rd.
    expect(await task()).toMatchObject({ from_date: '2025-04-22', due_date: '2025-04-23', version: 1 });
    const corrected = await correctStep(
      database.db,
      actor,
      child,
      contact,
      saved.id,
      { ...dateInput('contact_date', '2025-04-17'), source: '6', concern: 'Police notification' },
      'The contact came in before Easter',
      '2025-04-25',
    );
    expect(corrected.ok).toBe(true);
    // Thursday 17 April: Good Friday and Easter Monday are bank holidays, so the next working day is the 22nd.
    expect(await task()).toMatchObject({
      from_date: '2025-04-17',
      due_date: '2025-04-22',
      version: 2,
      correction_reason: 'The contact it runs from was corrected: The contact came in before Easter',
    });
    // Correcting something other than a date leaves the clock alone.
    const source = await correctStep(
      database.db,
      actor,
      child,
      contact,
      saved.id,
      { ...dateInput('contact_date', '2025-04-17'), source: '1A', concern: 'Police notification' },
      'Source was a school',
      '2025-04-25',
    );
    expect(source.ok).toBe(true);
    expect(await task()).toMatchObject({ from_date: '2025-04-17', version: 2 });
  });

  it("cannot be recorded against another authority's child", async () => {
    const child = await arrangeChild(database.db, actor);
    const result = await recordStep(
      database.db,
      other,
      child,
      referral,
      {
        ...dateInput('referral_date', '2025-04-22'),
        source: '6',
        nfa: 'no',
      },
      '2025-04-22',
    );
    expect(result).toEqual({ ok: false, errors: { form: 'There is no such child' } });
  });
});
