import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import {
  arrangeAllocatedChild,
  arrangeTeam,
  arrangeUser,
  arrangeWorker,
  TEST_PASSWORD,
} from '../../../../test/organisation.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';

const LA = '875';
let database: TestDatabase;
let app: FastifyInstance;
let own: { personId: string; contactId: string; taskId: string };
let elsewhere: { personId: string; contactId: string; taskId: string };
let linked: { personId: string; contactId: string; taskId: string };
let practitionerId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const o = database.ownerDb;
  practitionerId = await arrangeUser(o, LA, 'alex.worker', ['practitioner']);
  const managerId = await arrangeUser(o, LA, 'sam.manager', ['team_manager']);
  await arrangeUser(o, LA, 'pat.privacy', ['privacy_officer']);
  await arrangeUser(o, LA, 'ana.analyst', ['performance_analyst']);
  await arrangeUser(o, LA, 'eddie.duty', ['emergency_duty']);
  const teamA = await arrangeTeam(o, LA, 'Team A', managerId);
  const teamB = await arrangeTeam(o, LA, 'Team B');
  const worker = await arrangeWorker(o, LA, teamA, practitionerId);
  own = await arrangeAllocatedChild(o, LA, 'Ownfamily', { teamId: teamA, workerId: worker });
  elsewhere = await arrangeAllocatedChild(o, LA, 'Elsewherefamily', { teamId: teamB });
  linked = await arrangeAllocatedChild(o, LA, 'Linkedfamily', { teamId: teamB });
  await sql`INSERT INTO person_user_link (la_code, person_id, user_id, link)
    VALUES (${LA}, ${linked.personId}, ${practitionerId}, 'relative')`.execute(o);
  app = await buildTestApp(database);
}, 60_000);

afterAll(async () => {
  await app.close();
  await database.drop();
});

async function as(username: string): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.signIn(username, TEST_PASSWORD)).statusCode).toBe(302);
  await client.get('/');
  return client;
}

const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
  (await query.execute(database.ownerDb)).rows[0]!.n;

describe('break-the-glass', () => {
  it('refuses without a reason, grants two hours with one, and alerts the privacy officer', async () => {
    const worker = await as('alex.worker');
    const refused = await worker.get(`/children/${elsewhere.personId}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Elsewherefamily');
    expect(refused.body).toContain('Why do you need to open this record?');

    const blank = await worker.post(`/children/${elsewhere.personId}/break-glass`, { reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('govuk-error-summary');
    expect(blank.body).toContain('Enter why you need to open this record');
    expect(await count(sql`SELECT count(*)::int AS n FROM break_glass`)).toBe(0);

    const opened = await worker.post(`/children/${elsewhere.personId}/break-glass`, {
      reason: 'Police called out of hours; allocated team unavailable',
    });
    expect(opened.statusCode).toBe(302);
    const page = await worker.get(`/children/${elsewhere.personId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Elsewherefamily');
    expect(page.body).toContain('You opened this record by breaking the glass');
    const glass = await sql<{ hours: number }>`
      SELECT round(extract(epoch FROM expires_at - opened_at) / 3600)::int AS hours FROM break_glass`.execute(
      database.ownerDb,
    );
    expect(glass.rows).toEqual([{ hours: 2 }]);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'break_glass'
        AND subject_id = ${elsewhere.personId} AND reason LIKE 'Police called%'`),
    ).toBe(1);

    const privacy = await as('pat.privacy');
    const alerts = await privacy.get('/privacy/alerts');
    expect(alerts.statusCode).toBe(200);
    expect(alerts.body).toContain('Waiting for review (1)');
    expect(alerts.body).toContain('Elsewherefamily');
    expect(alerts.body).toContain('Police called out of hours');
    const alertId = /\/privacy\/alerts\/([0-9a-f-]{36})\/review/.exec(alerts.body)![1]!;
    const noNote = await privacy.post(`/privacy/alerts/${alertId}/review`, { note: '' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.body).toContain('Enter a note on your review');
    const reviewed = await privacy.post(`/privacy/alerts/${alertId}/review`, {
      note: 'Checked with the police log',
    });
    expect(reviewed.statusCode).toBe(302);
    const after = await privacy.get('/privacy/alerts');
    expect(after.body).toContain('Waiting for review (0)');
    expect(after.body).toContain('Checked with the police log');
  });

  it('never opens a record linked to the user, reason or not', async () => {
    const worker = await as('alex.worker');
    const refused = await worker.get(`/children/${linked.personId}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('This record is linked to you');
    expect(refused.body).not.toContain('Why do you need to open this record?');
    const tried = await worker.post(`/children/${linked.personId}/break-glass`, { reason: 'I need it' });
    expect(tried.statusCode).toBe(400);
    expect(tried.body).not.toContain('Linkedfamily');
    expect(
      await count(sql`SELECT count(*)::int AS n FROM break_glass WHERE person_id = ${linked.personId}`),
    ).toBe(0);
  });
});

describe('restricted records', () => {
  it('hides a restricted child from search until the manager names the user', async () => {
    const worker = await as('alex.worker');
    const manager = await as('sam.manager');
    expect((await worker.get('/children?q=Ownfamily')).body).toContain(`/children/${own.personId}`);

    await manager.get(`/children/${own.personId}/access`);
    const blank = await manager.post(`/children/${own.personId}/access/restrict`, {
      category: 'adoption',
      reason: '',
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('Enter the reason for restricting the record');
    const restricted = await manager.post(`/children/${own.personId}/access/restrict`, {
      category: 'adoption',
      reason: 'Placed for adoption',
    });
    expect(restricted.statusCode).toBe(302);

    expect((await worker.get('/children?q=Ownfamily')).body).not.toContain(`/children/${own.personId}`);
    expect((await worker.get(`/children/${own.personId}`)).statusCode).toBe(403);
    expect((await worker.get('/tasks')).body).not.toContain('Ownfamily');
    // The manager who restricted it is named, and names the worker until a date.
    expect((await manager.get(`/children/${own.personId}`)).body).toContain('Restricted record');
    await manager.get(`/children/${own.personId}/access`);
    const granted = await manager.post(`/children/${own.personId}/access/grants`, {
      grantee: 'alex.worker',
      'expires-day': '1',
      'expires-month': '1',
      'expires-year': String(new Date().getFullYear() + 1),
    });
    expect(granted.statusCode).toBe(302);
    expect((await worker.get(`/children/${own.personId}`)).statusCode).toBe(200);
  });
});

describe('what each role reads', () => {
  it('withholds case notes from analysts and audits emergency duty views as out of hours', async () => {
    const analyst = await as('ana.analyst');
    const page = await analyst.get(`/children/${elsewhere.personId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Concern about Elsewherefamily');
    expect(page.body).toContain('Withheld');
    const history = await analyst.get(
      `/children/${elsewhere.personId}/records/contact/${elsewhere.contactId}`,
    );
    expect(history.body).not.toContain('Concern about Elsewherefamily');

    const duty = await as('eddie.duty');
    expect((await duty.get(`/children/${elsewhere.personId}`)).body).toContain(
      'Concern about Elsewherefamily',
    );
    expect(
      await count(sql`SELECT count(*)::int AS n FROM audit_event a JOIN app_user u ON u.id = a.user_id
        WHERE u.username = 'eddie.duty' AND a.action = 'view' AND a.reason = 'Out of hours (emergency duty)'`),
    ).toBe(1);
  });
});

describe('figures and the children behind them', () => {
  it('counts every child but lists only those the manager may see', async () => {
    const manager = await as('sam.manager');
    const page = await manager.get('/performance/indicators/contacts/2025-01');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Counted (1)');
    expect(page.body).toContain('TOwnfamily');
    expect(page.body).not.toContain('TElsewherefamily');
    expect(page.body).not.toContain('TLinkedfamily');
    expect(page.body).toContain('2 further children are counted in this figure but not listed');
  });
});

describe('when the audit cannot be written', () => {
  const failAuditOf = (action: string, subject: string) =>
    sql`CREATE OR REPLACE FUNCTION test_audit_unavailable() RETURNS trigger LANGUAGE plpgsql AS $f$
      BEGIN
        IF NEW.action = ${sql.lit(action)} AND NEW.subject_id = ${sql.lit(subject)} THEN
          RAISE EXCEPTION 'the audit log is unavailable';
        END IF;
        RETURN NEW;
      END $f$`.execute(database.ownerDb);

  beforeAll(async () => {
    await failAuditOf('none', 'none');
    await sql`CREATE TRIGGER test_audit_unavailable BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION test_audit_unavailable()`.execute(database.ownerDb);
  });
  afterAll(async () => {
    await sql`DROP TRIGGER test_audit_unavailable ON audit_event`.execute(database.ownerDb);
  });

  it('shows an error page with none of the child’s record', async () => {
    await failAuditOf('view', elsewhere.personId);
    const duty = await as('eddie.duty');
    const page = await duty.get(`/children/${elsewhere.personId}`);
    expect(page.statusCode).toBe(500);
    expect(page.body).toContain('Sorry, there is a problem with the service');
    expect(page.body).not.toContain('Elsewherefamily');
    expect(page.body).not.toContain('Concern about');
  });

  it('commits no change', async () => {
    // The worker (named on the now restricted record) says why its visit is overdue: a correction.
    await failAuditOf('record', own.personId);
    const worker = await as('alex.worker');
    await worker.get('/tasks');
    const response = await worker.post(`/tasks/${own.taskId}/overdue-reason`, {
      overdue_reason: 'carer_unavailable',
      return_to: '/tasks',
    });
    expect(response.statusCode).toBe(500);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM task WHERE id = ${own.taskId}
      AND overdue_reason IS NOT NULL`),
    ).toBe(0);
    // Breaking the glass is a change too: with its audit refused, no access is given.
    await failAuditOf('break_glass', own.personId);
    const duty = await as('eddie.duty');
    const glass = await duty.post(`/children/${own.personId}/break-glass`, { reason: 'Needed tonight' });
    expect(glass.statusCode).toBe(500);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM break_glass WHERE person_id = ${own.personId}`),
    ).toBe(0);
    expect((await duty.get(`/children/${own.personId}`)).statusCode).toBe(403);
  });
});
