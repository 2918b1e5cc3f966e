import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, holdTable, type TestDatabase } from '../../test/database.ts';
import { arrangeChild, arrangeUnauthorisedAssessment, demoActor } from '../../test/fixtures.ts';
import { recordsChanged } from '../db/changes.ts';
import { connect, type Actor } from '../db/database.ts';
import { DEMO_AUTHORITY, ensureDemoAuthority } from '../demo.ts';
import { ReturnChecksCache } from './checks-cache.ts';

const LA = DEMO_AUTHORITY.laCode;

describe('the return checks cache', () => {
  let database: TestDatabase;
  let actor: Actor;
  let cache: ReturnChecksCache;
  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDemoAuthority(database.ownerDb);
    actor = await demoActor(database.ownerDb, 'practitioner');
    cache = new ReturnChecksCache(database.db, { patienceMs: 50 });
  });
  afterAll(async () => {
    await cache.close();
    await database.drop();
  });

  const laChildIdOf = async (personId: string) =>
    (
      await database.ownerDb
        .selectFrom('person')
        .select('la_child_id')
        .where('id', '=', personId)
        .executeTakeFirstOrThrow()
    ).la_child_id;

  it('awaits the first check, groups its findings by child, and keeps it while nothing changes', async () => {
    const failing = await laChildIdOf(
      await arrangeUnauthorisedAssessment(database.db, actor, { given_name: 'Ida', family_name: 'Lane' }),
    );
    const quiet = await laChildIdOf(
      await arrangeChild(database.db, actor, { given_name: 'Jo', family_name: 'Lane' }),
    );
    const first = await cache.get(LA);
    expect(cache.checksBegun.get(LA)).toBe(1);
    // The latest collection year, 2026/27; its CIN census is checked to the 2025/26 specification.
    expect(first.year).toBe(2026);
    expect(first.byChild.get(failing)).toContainEqual(
      expect.objectContaining({
        collection: 'cin-census',
        collectionTitle: 'Children in need census',
        code: '8670Q',
        type: 'query',
        rows: 1,
      }),
    );
    // Errors come before queries.
    const types = first.byChild.get(failing)!.map((f) => f.type);
    expect(types).toEqual([...types].sort());
    expect(first.byChild.has(quiet)).toBe(false);
    // Each return whole, for the returns page: the child never referred is in neither.
    expect(first.returns.map((r) => [r.collection.id, r.children])).toEqual([
      ['ssda903', 0],
      ['cin-census', 1],
    ]);
    expect(first.returns[1]!.findings).toContainEqual(
      expect.objectContaining({ code: '8670Q', child: failing, type: 'query' }),
    );

    expect(await cache.get(LA)).toBe(first);
    expect(await cache.forYear(LA, 2026)).toBe(first);
    expect(cache.checksBegun.get(LA)).toBe(1);
  });

  it('runs one check at a time per authority, and once more for the changes that came meanwhile', async () => {
    const before = await cache.settled(LA);
    const begun = cache.checksBegun.get(LA)!;
    // The first change starts a check; the next two arrive while it runs and are checked together after it.
    recordsChanged(LA, 'someone');
    recordsChanged(LA, 'someone else');
    recordsChanged(LA);
    const after = await cache.settled(LA);
    expect(cache.checksBegun.get(LA)).toBe(begun + 2);
    expect(after).not.toBe(before);
    expect(after.checkedAt.getTime()).toBeGreaterThanOrEqual(before.checkedAt.getTime());
    // Another authority's change starts nothing here.
    recordsChanged('998');
    expect(await cache.get(LA)).toBe(after);
    expect(cache.checksBegun.get(LA)).toBe(begun + 2);
  });

  it('answers from the previous result while a check cannot finish, then from the new one', async () => {
    const before = await cache.settled(LA);
    const begun = cache.checksBegun.get(LA)!;
    // Another session holds the children's table, so the check started by the change waits on PostgreSQL.
    const held = await holdTable(database.ownerDb, 'person');
    recordsChanged(LA);
    expect(cache.checksBegun.get(LA)).toBe(begun + 1);
    expect(await cache.get(LA)).toBe(before);
    await held.release();
    const after = await cache.settled(LA);
    expect(after).not.toBe(before);
    expect(cache.checksBegun.get(LA)).toBe(begun + 1);
  });

  it('keeps answering from the previous result when a check fails, and fails a first check plainly', async () => {
    const own = connect(database.appUrl, { max: 1 });
    const failing = new ReturnChecksCache(own, { patienceMs: 50 });
    const errors: unknown[] = [];
    const reported = new ReturnChecksCache(own, { onError: (error) => errors.push(error) });
    try {
      const before = await failing.get(LA);
      await reported.get(LA);
      await own.destroy(); // the database can no longer be reached through this pool
      recordsChanged(LA);
      expect(await failing.get(LA)).toBe(before);
      await expect(failing.settled(LA)).rejects.toThrow();
      expect(await failing.get(LA)).toBe(before);
      // The check the change started in the background failed, and said so.
      await expect(reported.settled(LA)).rejects.toThrow();
      expect(errors).toHaveLength(1);
      const fresh = new ReturnChecksCache(own);
      await expect(fresh.get(LA)).rejects.toThrow();
      await fresh.close();
    } finally {
      await failing.close();
      await reported.close();
    }
  });
});
