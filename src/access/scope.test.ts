import fc from 'fast-check';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { findChildren } from '../casework/person.ts';
import { todayInEngland } from '../casework/recording.ts';
import { openTasks, teamCaseloads } from '../casework/workload.ts';
import { inAuthority, systemActor } from '../db/database.ts';
import { arrangeAllocatedChild, arrangeTeam, arrangeUser } from '../../test/organisation.ts';
import { ALL_ROLES, type Role } from './roles.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe('authority isolation by row-level security alone', () => {
  it('returns nothing of another authority to the application role, whatever the transaction claims', async () => {
    const head = await arrangeUser(database.ownerDb, '701', 'isolation.head', ['head_of_service']);
    await arrangeUser(database.ownerDb, '702', 'isolation.other', ['head_of_service']);
    const team = await arrangeTeam(database.ownerDb, '701', 'Isolated team');
    const child = await arrangeAllocatedChild(database.ownerDb, '701', 'Isolated', { teamId: team });
    // Bypass the application: raw SQL as hearth_app, claiming authority 702 and then the widest scope.
    const client = new pg.Client({ connectionString: database.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT hearth_enter('702', $1, true)`, [head]);
      const tables = ['person', 'contact', 'task', 'allocation', 'team', 'audit_event'];
      for (const table of tables) {
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${table} WHERE la_code = '701'`);
        expect([table, rows[0].n]).toEqual([table, 0]);
      }
      await client.query(
        `SELECT set_config('hearth.la_code', '702', true), set_config('hearth.scope', 'all', true)`,
      );
      const { rows } = await client.query('SELECT count(*)::int AS n FROM person WHERE id = $1', [
        child.personId,
      ]);
      expect(rows[0].n).toBe(0);
      await expect(
        client
          .query(`UPDATE task SET title = 'changed' WHERE id = $1`, [child.taskId])
          .then((r) => r.rowCount),
      ).resolves.toBe(0);
      await client.query('ROLLBACK');
      // Nothing set at all: nothing seen, even of the user's own authority.
      const { rows: none } = await client.query('SELECT count(*)::int AS n FROM person');
      expect(none[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });
});

// The property: an organisation, its allocations and restrictions, and what each user sees. ---------------

interface Organisation {
  users: Role[][];
  teams: (number | null)[]; // manager (user index) of each team
  workers: { team: number; user: number | null }[];
  children: {
    allocation: { team: number; worker: number | null; open: boolean } | null;
    screening: boolean;
    chair: number | null;
    recordedBy: number | null;
    restricted: boolean;
    grants: { user: number | null; role: Role; live: boolean }[];
    linkedTo: number | null;
    breakGlass: { user: number; live: boolean } | null;
  }[];
}

const organisation: fc.Arbitrary<Organisation> = fc
  .record({
    users: fc.array(fc.uniqueArray(fc.constantFrom(...ALL_ROLES), { minLength: 1, maxLength: 2 }), {
      minLength: 1,
      maxLength: 5,
    }),
    teamCount: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ users, teamCount }) => {
    const user = fc.integer({ min: 0, max: users.length - 1 });
    const team = fc.integer({ min: 0, max: teamCount - 1 });
    return fc
      .record({
        teams: fc.array(fc.option(user, { nil: null }), { minLength: teamCount, maxLength: teamCount }),
        workers: fc.array(fc.record({ team, user: fc.option(user, { nil: null }) }), {
          minLength: 1,
          maxLength: 5,
        }),
      })
      .chain(({ teams, workers }) =>
        fc.record({
          users: fc.constant(users),
          teams: fc.constant(teams),
          workers: fc.constant(workers),
          children: fc.array(
            fc.record({
              allocation: fc.option(
                fc.record({
                  team,
                  worker: fc.option(fc.integer({ min: 0, max: workers.length - 1 }), { nil: null }),
                  open: fc.boolean(),
                }),
                { nil: null },
              ),
              screening: fc.boolean(),
              chair: fc.option(user, { nil: null }),
              recordedBy: fc.option(user, { nil: null }),
              restricted: fc.boolean(),
              grants: fc.array(
                fc.record({
                  user: fc.option(user, { nil: null }),
                  role: fc.constantFrom(...ALL_ROLES),
                  live: fc.boolean(),
                }),
                { maxLength: 2 },
              ),
              linkedTo: fc.option(user, { nil: null }),
              breakGlass: fc.option(fc.record({ user, live: fc.boolean() }), { nil: null }),
            }),
            { minLength: 1, maxLength: 8 },
          ),
        }),
      );
  });

/** The reference model: which children (by index) a user may see, from the rules in plain TypeScript. */
function mayOpen(org: Organisation, u: number): Set<number> {
  const roles = org.users[u]!;
  const has = (r: Role) => roles.includes(r);
  const seen = new Set<number>();
  const hidden = (c: Organisation['children'][number]) =>
    c.linkedTo === u ||
    (c.restricted &&
      !has('privacy_officer') &&
      !c.grants.some((g) => g.live && (g.user !== null ? g.user === u : has(g.role))) &&
      !(c.breakGlass?.user === u && c.breakGlass.live));
  const wide = ['head_of_service', 'performance_analyst', 'emergency_duty', 'privacy_officer'] as Role[];
  org.children.forEach((c, i) => {
    if (hidden(c)) return;
    if (roles.some((r) => wide.includes(r))) return void seen.add(i);
    const open = c.allocation?.open ? c.allocation : null;
    const myWorkers = org.workers.filter((w) => w.user === u);
    const listed =
      (has('practitioner') &&
        open !== null &&
        myWorkers.some(
          (w) => (open.worker !== null && org.workers[open.worker] === w) || w.team === open.team,
        )) ||
      (has('team_manager') && open !== null && org.teams[open.team] === u) ||
      (has('front_door') && c.screening) ||
      (has('iro') && c.chair === u) ||
      ((['practitioner', 'team_manager', 'front_door'] as Role[]).some(has) &&
        c.recordedBy === u &&
        open === null) ||
      c.grants.some((g) => g.live && g.user === u) ||
      (c.breakGlass?.user === u && c.breakGlass.live);
    if (listed) seen.add(i);
  });
  return seen;
}

let nextLa = 100;

async function arrange(org: Organisation) {
  const la = String(nextLa++);
  const o = database.ownerDb;
  const users: string[] = [];
  for (const [i, roles] of org.users.entries()) users.push(await arrangeUser(o, la, `p${la}.u${i}`, roles));
  const teams: string[] = [];
  for (const [i, manager] of org.teams.entries())
    teams.push(await arrangeTeam(o, la, `Team ${i}`, manager === null ? null : users[manager]!));
  const workers: string[] = [];
  for (const w of org.workers) {
    const { id } = await o
      .insertInto('worker')
      .values({
        la_code: la,
        name: 'W',
        team_id: teams[w.team]!,
        start_date: '2020-01-01',
        user_id: w.user === null ? null : users[w.user]!,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    workers.push(id);
  }
  const children: string[] = [];
  for (const [i, c] of org.children.entries()) {
    const { personId } = await arrangeAllocatedChild(o, la, `Prop${i}`, {
      teamId: c.allocation ? teams[c.allocation.team]! : null,
      workerId: c.allocation?.worker != null ? workers[c.allocation.worker]! : null,
      screening: c.screening,
    });
    children.push(personId);
    const run = (query: ReturnType<typeof sql>) => query.execute(o);
    if (c.allocation && !c.allocation.open)
      await run(
        sql`UPDATE allocation SET end_date = '2025-06-01' WHERE la_code = ${la} AND person_id = ${personId}`,
      );
    if (c.recordedBy !== null)
      await run(
        sql`UPDATE person SET recorded_by = ${users[c.recordedBy]!} WHERE la_code = ${la} AND id = ${personId}`,
      );
    if (c.chair !== null)
      await run(sql`INSERT INTO cla_review (la_code, person_id, review_date, chair_user_id)
        VALUES (${la}, ${personId}, '2025-03-01', ${users[c.chair]!})`);
    if (c.restricted)
      await run(sql`INSERT INTO record_restriction (la_code, person_id, category, reason)
        VALUES (${la}, ${personId}, 'adoption', 'Placed for adoption')`);
    for (const g of c.grants)
      await run(sql`INSERT INTO restriction_grant (la_code, person_id, user_id, role, granted_at, expires_at)
        VALUES (${la}, ${personId}, ${g.user === null ? null : users[g.user]!}, ${g.user === null ? g.role : null},
          now() - interval '2 days', now() + ${g.live ? '1 day' : '-1 day'}::interval)`);
    if (c.linkedTo !== null)
      await run(sql`INSERT INTO person_user_link (la_code, person_id, user_id, link)
        VALUES (${la}, ${personId}, ${users[c.linkedTo]!}, 'relative')`);
    if (c.breakGlass)
      await run(sql`INSERT INTO break_glass (la_code, person_id, user_id, reason, opened_at, expires_at)
        VALUES (${la}, ${personId}, ${users[c.breakGlass.user]!}, 'Needed', now() - interval '3 hours',
          now() + ${c.breakGlass.live ? '1 hour' : '-1 hour'}::interval)`);
  }
  return { la, users, children };
}

describe('what each user sees', () => {
  it('is exactly what the reference model says, in search, task lists, counts, caseloads and an export', async () => {
    const today = todayInEngland();
    await fc.assert(
      fc.asyncProperty(organisation, async (org) => {
        const { la, users, children } = await arrange(org);
        const all = await inAuthority(
          database.db,
          systemActor(la),
          async (trx) => (await trx.selectFrom('person').select('id').execute()).length,
        );
        expect(all).toBe(children.length);
        for (const [u, userId] of users.entries()) {
          const expected = [...mayOpen(org, u)].map((i) => children[i]!).sort();
          const allocatedOpen = new Set(
            org.children.flatMap((c, i) => (c.allocation?.open ? [children[i]!] : [])),
          );
          const seen = await inAuthority(database.db, { laCode: la, userId }, async (trx) => ({
            search: (await findChildren(trx, { laCode: la, userId }, 'Matrixchild')).map((r) => r.id),
            tasks: (await openTasks(trx, today, {})).map((t) => t.personId),
            count: Number(
              (await sql<{ n: string }>`SELECT count(*) AS n FROM person`.execute(trx)).rows[0]!.n,
            ),
            caseload: (await teamCaseloads(trx, today)).reduce(
              (sum, t) => sum + t.workers.reduce((s, w) => s + w.children, 0),
              0,
            ),
            exported: (
              await sql<{ person_id: string }>`SELECT DISTINCT person_id FROM contact`.execute(trx)
            ).rows.map((r) => r.person_id),
          }));
          const label = `user ${u} (${org.users[u]!.join(', ')})`;
          expect([label, [...seen.search].sort()]).toEqual([label, expected]);
          expect([label, [...new Set(seen.tasks)].sort()]).toEqual([
            label,
            expected.filter((id) => allocatedOpen.has(id)),
          ]);
          expect([label, seen.count]).toEqual([label, expected.length]);
          expect([label, seen.exported.sort()]).toEqual([label, expected]);
          const withWorker = new Set(
            org.children.flatMap((c, i) =>
              c.allocation?.open && c.allocation.worker !== null ? [children[i]!] : [],
            ),
          );
          expect([label, seen.caseload]).toEqual([label, expected.filter((id) => withWorker.has(id)).length]);
        }
      }),
      { numRuns: 30, seed: 7_2026 },
    );
  }, 300_000);
});
