import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { arrangeAuthority } from '../../test/fixtures.ts';
import { verifyAuditChain } from '../access/audit-verify.ts';
import { inAuthority, type Actor } from '../db/database.ts';
import { ImportError, ImportRun, orderedId, type Incoming } from './import-record.ts';

describe('ids for imported records', () => {
  it('are UUIDs, each greater than the one before, many within one millisecond', () => {
    const ids = Array.from({ length: 20_000 }, () => orderedId());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // PostgreSQL orders uuid values byte by byte, as these strings of lower-case hex sort.
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('an import run writing new records in batches', () => {
  let database: TestDatabase;
  let actor: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '209', 'administrator')), system: true as const };
  });
  afterAll(async () => {
    await database?.drop();
  });

  const child = (n: number, values: Record<string, unknown> = {}): Incoming => ({
    table: 'person',
    key: { la_child_id: `B${n}` },
    values: { given_name: `Child ${n}`, family_name: 'Batch', date_of_birth: '2016-02-29', ...values },
    where: (column) => `children.csv, row ${n + 1}${column ? `, ${column}` : ''}`,
  });
  const referral = (n: number, personId: string, date: string): Incoming => ({
    table: 'referral',
    key: { person_id: personId, referral_date: date },
    values: { source: '1A' },
    where: (column) => `referrals.csv, row ${n + 1}${column ? `, ${column}` : ''}`,
  });
  /** Each child, then their referrals, interleaved as an importer places them; `batch` at a time. */
  const importChildren = (batch: number, children: Incoming[], referralDates: string[]) =>
    inAuthority(database.db, actor, async (trx) => {
      const run = new ImportRun(trx, actor, 'test', batch);
      await run.beginFile();
      const ids: string[] = [];
      for (const [n, incoming] of children.entries()) {
        const person = await run.place(incoming, 'test');
        ids.push(person.id);
        for (const date of referralDates)
          ids.push((await run.place(referral(n, person.id, date), 'test', person.created)).id);
      }
      return { summary: await run.finish(['children.csv', 'referrals.csv']), ids };
    });
  const audited = () =>
    database.ownerDb
      .selectFrom('audit_event')
      .select(['action', 'user_id', 'subject_type', 'subject_id', 'detail'])
      .where('la_code', '=', '209')
      .where('action', '=', 'record')
      .orderBy('seq')
      .execute();
  /**
   * What each statement of the import wrote: rows grouped by PostgreSQL's cmin (the command within the
   * inserting transaction that inserted them), each group's names joined.
   */
  const byStatement = (rows: readonly { cmin: string; name: string }[]): string[] => {
    const groups = new Map<string, string[]>();
    for (const { cmin, name } of rows) groups.set(cmin, [...(groups.get(cmin) ?? []), name]);
    return [...groups.values()].map((names) => names.join(' '));
  };

  it('writes each record after those it refers to, audits each in the order placed, and keeps the chain', async () => {
    const children = [1, 2, 3, 4, 5].map((n) => child(n));
    const { summary, ids } = await importChildren(4, children, ['2025-01-06', '2025-03-31']);
    expect(summary.inserted).toEqual({ person: 5, referral: 10 });
    const people = await database.ownerDb
      .selectFrom('person')
      .select(['id', 'la_child_id', 'recorded_by'])
      .where('la_code', '=', '209')
      .orderBy('id')
      .execute();
    expect(people.map((p) => p.la_child_id)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    expect(people.every((p) => p.recorded_by === actor.userId)).toBe(true);
    const referrals = await database.ownerDb
      .selectFrom('referral')
      .select(['id', 'person_id', 'referral_date'])
      .where('la_code', '=', '209')
      .execute();
    expect(referrals).toHaveLength(10);
    // Every record written is audited once, in the order it was placed, against its child.
    const personOf = new Map([
      ...people.map((p) => [p.id, p.id] as const),
      ...referrals.map((r) => [r.id, r.person_id] as const),
    ]);
    expect(await audited()).toEqual(
      ids.map((id) => ({
        action: 'record',
        user_id: actor.userId,
        subject_type: 'person',
        subject_id: personOf.get(id),
        detail: { table: personOf.get(id) === id ? 'person' : 'referral', id },
      })),
    );
    expect(await inAuthority(database.db, actor, verifyAuditChain)).toEqual({ ok: true, entries: 16 });

    // Written four at a time, not one by one (nor one by one after a refused batch): a batch's records in an
    // INSERT per table, a child's before their referrals' (R2a and R2b, whose child was written in the
    // batch before, do not wait for P3's), and their four audit entries in one more; the last three when
    // the run finished, then the run's own entry.
    const names = new Map(
      ids.map((id, index) => [
        id,
        `${index % 3 === 0 ? 'P' : 'R'}${Math.floor(index / 3) + 1}${['', 'a', 'b'][index % 3]}`,
      ]),
    );
    const written = await database.ownerDb
      .selectFrom('person')
      .select(['id', sql<string>`cmin::text`.as('cmin')])
      .where('la_code', '=', '209')
      .unionAll(
        database.ownerDb
          .selectFrom('referral')
          .select(['id', sql<string>`cmin::text`.as('cmin')])
          .where('la_code', '=', '209'),
      )
      .execute();
    expect(
      byStatement(
        written
          .map(({ id, cmin }) => ({ cmin, name: names.get(id)! }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      ).sort(),
    ).toEqual(['P1 P2', 'P3', 'P4', 'P5', 'R1a R1b', 'R2a R2b', 'R3a', 'R3b', 'R4a R4b', 'R5a R5b']);
    const entries = await database.ownerDb
      .selectFrom('audit_event')
      .select(['action', sql<string>`cmin::text`.as('cmin')])
      .where('la_code', '=', '209')
      .orderBy('seq')
      .execute();
    expect(byStatement(entries.map(({ action, cmin }) => ({ cmin, name: action })))).toEqual([
      'record record record record',
      'record record record record',
      'record record record record',
      'record record record',
      'import',
    ]);

    // Placed again, one at a time: nothing is new.
    const again = await importChildren(1, children, ['2025-01-06', '2025-03-31']);
    expect(again.summary.inserted).toEqual({});
    expect(again.summary.unchanged).toEqual({ person: 5, referral: 10 });
    expect(again.ids).toEqual(ids);
  });

  it.each([
    ['while placing the record after it', 4],
    ['when the run finishes', 100],
  ])('names the record the database refuses in a batch written %s, and writes nothing', async (_, batch) => {
    const before = (await audited()).length;
    // A death before birth: no check of the file foresaw it, the record's constraint refuses it. With four
    // to a batch, the batch is written as the referral of row 8 is placed: the child of row 8 is named.
    const children = [6, 7, 8].map((n) => child(n, n === 7 ? { date_of_death: '2015-01-01' } : {}));
    let problems: readonly string[] = [];
    try {
      await importChildren(batch, children, ['2025-02-03']);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      problems = error.problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^children\.csv, row 8: could not be written \(.*check constraint/);
    const people = await database.ownerDb
      .selectFrom('person')
      .select('la_child_id')
      .where('la_code', '=', '209')
      .where('la_child_id', 'in', ['B6', 'B7', 'B8'])
      .execute();
    expect(people).toEqual([]);
    expect(await audited()).toHaveLength(before);
  });
});

describe('an import run looking up many records (past the first lookups by query, from the table read once)', () => {
  let database: TestDatabase;
  let actor: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    actor = { ...(await arrangeAuthority(database.ownerDb, '210', 'administrator')), system: true as const };
  });
  afterAll(async () => {
    await database?.drop();
  });

  const person = (n: number, values: Record<string, unknown> = {}): Incoming => ({
    table: 'person',
    key: { la_child_id: `M${n}` },
    values: {
      given_name: `Child ${n}`,
      family_name: 'Many',
      date_of_birth: '2016-02-29',
      ethnicity: 'WBRI',
      ...values,
    },
    where: (column) => `people.csv, row ${n + 1}${column ? `, ${column}` : ''}`,
  });
  const referral = (n: number, personId: string, source: string): Incoming => ({
    table: 'referral',
    key: { person_id: personId, referral_date: '2025-03-31' },
    values: { source },
    where: (column) => `referrals.csv, row ${n + 1}${column ? `, ${column}` : ''}`,
  });
  /** 30 children, each with a referral; child 28 with two on one day (1A, then 2B, or as `sources` says). */
  const placeAll = (
    people: Incoming[],
    sources: (n: number) => string[] = (n) => (n === 28 ? ['1A', '2B'] : ['1A']),
  ) =>
    inAuthority(database.db, actor, async (trx) => {
      const run = new ImportRun(trx, actor, 'test', 1);
      await run.beginFile();
      const ids = new Map<string, string>();
      for (const [i, incoming] of people.entries()) {
        const placed = await run.place(incoming, 'test');
        for (const source of sources(i + 1)) {
          const r = await run.place(referral(i + 1, placed.id, source), 'test', placed.created);
          ids.set(`${i + 1} ${source}`, r.id);
        }
      }
      return { summary: await run.finish(['people.csv', 'referrals.csv']), ids };
    });
  const people = (change: (n: number) => Record<string, unknown> = () => ({})) =>
    Array.from({ length: 30 }, (_, i) => person(i + 1, change(i + 1)));

  it('finds each record as a query would: unchanged, a blank filled, siblings matched, a conflict reported', async () => {
    // The first import: child 25 with no ethnicity.
    const first = await placeAll(people((n) => (n === 25 ? { ethnicity: null } : {})));
    expect(first.summary.inserted).toEqual({ person: 30, referral: 31 });

    // Again, with child 25's ethnicity and child 28's referrals in the other order: each finds its own.
    const again = await placeAll(people(), (n) => (n === 28 ? ['2B', '1A'] : ['1A']));
    expect(again.summary).toMatchObject({
      inserted: {},
      updated: { person: 1 },
      unchanged: { person: 29, referral: 31 },
    });
    expect(again.ids).toEqual(first.ids);
    const child25 = await database.ownerDb
      .selectFrom('person')
      .select(['ethnicity', 'version'])
      .where('la_child_id', '=', 'M25')
      .executeTakeFirstOrThrow();
    expect(child25).toEqual({ ethnicity: 'WBRI', version: 2 });

    // A third time with child 26 named otherwise: reported, nothing written.
    const error = await placeAll(people((n) => (n === 26 ? { given_name: 'Other' } : {}))).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as ImportError).problems).toEqual([
      'people.csv, row 27, given_name: the file gives Other where the record holds Child 26',
    ]);
    const unchanged = await placeAll(people());
    expect(unchanged.summary).toMatchObject({
      inserted: {},
      updated: {},
      unchanged: { person: 30, referral: 31 },
    });
  });
});
