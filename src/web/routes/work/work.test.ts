import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { arrangeChild, dateInput } from '../../../../test/fixtures.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { recordStep } from '../../../casework/recording.ts';
import { insertRecord } from '../../../casework/record.ts';
import { stepById } from '../../../casework/steps/index.ts';
import { inAuthority } from '../../../db/database.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';

let database: TestDatabase;
let app: FastifyInstance;
let childId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
  const practitioner = await database.ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'practitioner')
    .executeTakeFirstOrThrow();
  const actor = { laCode: DEMO_AUTHORITY.laCode, userId: practitioner.id };
  childId = await arrangeChild(database.db, actor, { given_name: 'Ruby', family_name: 'Stone' });
  await inAuthority(database.db, actor, async (trx) => {
    const worker = await trx
      .selectFrom('worker')
      .select(['id', 'team_id'])
      .where('user_id', '=', practitioner.id)
      .executeTakeFirstOrThrow();
    await insertRecord(trx, actor, 'allocation', {
      person_id: childId,
      team_id: worker.team_id,
      worker_id: worker.id,
      start_date: '2025-01-06',
    });
  });
  // A contact on Friday 3 January 2025 with no decision: due Monday 6 January, so overdue today.
  const saved = await recordStep(
    database.db,
    actor,
    childId,
    stepById('contact')!,
    {
      ...dateInput('contact_date', '2025-01-03'),
      source: '6',
      concern: 'Police notification',
    },
    '2025-01-03',
  );
  expect(saved.ok).toBe(true);
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('task list and team view', () => {
  it("shows the worker their children's overdue tasks, and records why in one click", async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    const tasks = await client.get('/tasks');
    expect(tasks.statusCode).toBe(200);
    expect(tasks.body).toContain('Ruby Stone');
    expect(tasks.body).toContain('6 January 2025');
    expect(tasks.body).toContain('Overdue');
    const taskId = /action="\/tasks\/([0-9a-f-]{36})\/overdue-reason"/.exec(tasks.body)![1]!;

    const refused = await client.post(`/tasks/${taskId}/overdue-reason`, {
      overdue_reason: 'made_up',
      return_to: '/tasks',
    });
    expect(refused.headers.location).toBe('/tasks');
    expect((await client.get('/tasks')).body).toContain('Select why the task is overdue');

    await client.post(`/tasks/${taskId}/overdue-reason`, {
      overdue_reason: 'family_avoiding',
      return_to: '/tasks',
    });
    const after = await client.get('/tasks');
    expect(after.body).toContain('Reason recorded');
    expect(after.body).toMatch(/<option value="family_avoiding" selected>/);
  });

  it("shows the manager each worker's caseload and the team's overdue work with reasons", async () => {
    const client = new TestClient(app);
    await client.signIn('manager', DEMO_PASSWORD);
    const teams = await client.get('/teams');
    expect(teams.statusCode).toBe(200);
    const teamUrl = /href="(\/teams\/[0-9a-f-]{36})">Children&#39;s Safeguarding Team 1/.exec(
      teams.body,
    )![1]!;
    const team = await client.get(teamUrl);
    expect(team.body).toContain('Priya Shah');
    expect(team.body).toContain('Overdue (1)');
    // One child allocated to 1.8 case-holding FTE (Priya 1.0, Jordan 0.8): 0.6 per FTE.
    expect(team.body).toContain('1 child, 0.6 per FTE against a target of 20.0');
    expect(team.body).toMatch(/<option value="family_avoiding" selected>/);
  });

  it('keeps team views from practitioners', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    expect((await client.get('/teams')).statusCode).toBe(403);
  });
});

describe('who has viewed a record', () => {
  it('lists the views and changes for a manager, and records that they looked', async () => {
    const practitioner = new TestClient(app);
    await practitioner.signIn('practitioner', DEMO_PASSWORD);
    await practitioner.get(`/children/${childId}`);
    expect((await practitioner.get(`/children/${childId}/audit`)).statusCode).toBe(403);

    const manager = new TestClient(app);
    await manager.signIn('manager', DEMO_PASSWORD);
    const page = await manager.get(`/children/${childId}/audit`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Priya Shah');
    expect(page.body).toContain('Viewed the record');
    expect(page.body).toContain('Recorded');
    const looked = await database.ownerDb
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'view_audit')
      .execute();
    expect(looked).toHaveLength(1);
  });
});
