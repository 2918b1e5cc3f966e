import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildTestApp, TestClient } from '../../test/web.ts';
import { inAuthority, systemActor } from '../db/database.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../demo.ts';
import { seedDemoAuthority } from './demo.ts';

/** A small demo authority, seeded as `npm start` seeds the real one, seen through the web application. */
describe('the seeded demo authority in the web application', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await createTestDatabase();
    await ensureDemoAuthority(database.ownerDb);
    const seeded = await seedDemoAuthority(database.ownerDb, { population: 8_000, years: 3 });
    expect(seeded?.rows).toBeGreaterThan(10_000);
    expect(await seedDemoAuthority(database.ownerDb, { population: 8_000, years: 3 })).toBeUndefined();
    app = await buildTestApp(database);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('gives the practitioner a caseload with due and overdue tasks', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    const tasks = await client.get('/tasks');
    expect(tasks.statusCode).toBe(200);
    expect(tasks.body).toMatch(/Visit the child|Record a case supervision|review/);
    expect((await client.get('/')).statusCode).toBe(200);
  });

  it('shows the manager their team, and the head of service every team, with caseloads', async () => {
    const client = new TestClient(app);
    await client.signIn('manager', DEMO_PASSWORD);
    const teams = await client.get('/teams');
    expect(teams.statusCode).toBe(200);
    expect(teams.body).toContain('Children&#39;s Safeguarding Team 1');
    expect(teams.body).not.toMatch(/Children in Care/);
    const head = new TestClient(app);
    await head.signIn('head', DEMO_PASSWORD);
    expect((await head.get('/teams')).body).toMatch(/Children in Care/);
  });

  it('gives the performance analyst the indicators, computed from the seeded record', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    const page = await client.get('/performance');
    expect(page.statusCode).toBe(200);
  });

  it('opens the records of children at every stage of their journeys', async () => {
    const ids = await inAuthority(database.ownerDb, systemActor(DEMO_AUTHORITY.laCode), async (trx) => {
      const { rows } = await sql<{ id: string }>`
        (SELECT person_id AS id FROM cla_episode WHERE end_date IS NULL LIMIT 4)
        UNION ALL (SELECT person_id FROM cla_episode WHERE reason_end IN ('E11', 'E12', 'E45', 'E17') LIMIT 4)
        UNION ALL (SELECT person_id FROM cp_plan WHERE end_date IS NULL LIMIT 4)
        UNION ALL (SELECT person_id FROM care_leaver WHERE end_date IS NULL LIMIT 3)
        UNION ALL (SELECT id FROM person WHERE uasc_since IS NOT NULL LIMIT 2)
        UNION ALL (SELECT person_id FROM early_help_episode LIMIT 2)
        UNION ALL (SELECT person_id FROM missing_episode LIMIT 2)
        UNION ALL (SELECT person_id FROM adoption LIMIT 2)`.execute(trx);
      return rows.map((r) => r.id);
    });
    expect(ids.length).toBeGreaterThan(15);
    // The head of service sees the whole authority; a practitioner only their team's children.
    const client = new TestClient(app);
    await client.signIn('head', DEMO_PASSWORD);
    for (const id of ids) {
      const page = await client.get(`/children/${id}`);
      expect([id, page.statusCode]).toEqual([id, 200]);
    }
  });
});
