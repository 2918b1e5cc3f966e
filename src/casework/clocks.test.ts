import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { arrangeAuthority, arrangeChild } from '../../test/fixtures.ts';
import { inAuthority, type Actor } from '../db/database.ts';
import { cancelClocks, loadLocalPolicy, startClock, stopClocks } from './clocks.ts';
import { setLocalPolicy } from './local-policy.ts';

let database: TestDatabase;
let cambs: Actor;
let peterborough: Actor;
beforeAll(async () => {
  database = await createTestDatabase();
  cambs = await arrangeAuthority(database.ownerDb, '873');
  peterborough = await arrangeAuthority(database.ownerDb, '874');
});
afterAll(() => database.drop());

async function cpVisitDue(actor: Actor, from: string): Promise<string> {
  const child = await arrangeChild(database.db, actor);
  return inAuthority(database.db, actor, async (trx) => {
    const policy = await loadLocalPolicy(trx);
    const id = await startClock(trx, actor, policy, {
      personId: child,
      ruleId: 'cp_visit',
      fromDate: from,
      sourceType: 'visit',
      sourceId: child,
    });
    return (await trx.selectFrom('task').select('due_date').where('id', '=', id).executeTakeFirstOrThrow())
      .due_date;
  });
}

describe('clocks under local policy', () => {
  it("uses each authority's own CP visit interval", async () => {
    await inAuthority(database.db, cambs, (trx) => setLocalPolicy(trx, cambs, 'cp_visit', 'weeks', 2));
    // Cambridgeshire's two-week minimum: Monday 22 December 2025 + 14 days = Monday 5 January 2026.
    expect(await cpVisitDue(cambs, '2025-12-22')).toBe('2026-01-05');
    // Peterborough keeps 10 working days: 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7, 8 Jan (25, 26 Dec and 1 Jan are holidays).
    expect(await cpVisitDue(peterborough, '2025-12-22')).toBe('2026-01-08');
  });

  it('completes only open tasks started on or before the work, and cancels the rest', async () => {
    const child = await arrangeChild(database.db, cambs);
    await inAuthority(database.db, cambs, async (trx) => {
      const policy = await loadLocalPolicy(trx);
      await startClock(trx, cambs, policy, {
        personId: child,
        ruleId: 'cin_visit',
        fromDate: '2024-02-29',
        sourceType: 'cin_plan',
        sourceId: child,
      });
      expect(
        await stopClocks(trx, child, ['cin_visit'], { date: '2024-02-28', byType: 'visit', byId: child }),
      ).toBe(0);
      expect(
        await stopClocks(trx, child, ['cin_visit'], { date: '2024-03-28', byType: 'visit', byId: child }),
      ).toBe(1);
      await startClock(trx, cambs, policy, {
        personId: child,
        ruleId: 'cin_visit',
        fromDate: '2024-03-28',
        sourceType: 'visit',
        sourceId: child,
      });
      await cancelClocks(trx, child, ['cin_visit'], '2024-04-01');
      const tasks = await trx
        .selectFrom('task')
        .select(['due_date', 'completed_date', 'cancelled_date'])
        .where('person_id', '=', child)
        .orderBy('from_date')
        .execute();
      // 4 weeks after 29 February 2024 is 28 March; after 28 March, 25 April.
      expect(tasks).toEqual([
        { due_date: '2024-03-28', completed_date: '2024-03-28', cancelled_date: null },
        { due_date: '2024-04-25', completed_date: null, cancelled_date: '2024-04-01' },
      ]);
    });
  });
});
