import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../access/passwords.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';
import { SESSION_COOKIE } from '../../plugins/session.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';

let database: TestDatabase;
let app: FastifyInstance;
let sharedId: string;

/** Cambridgeshire (873) and Peterborough (874) share a front door; the worker holds roles in both. */
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  await database.ownerDb
    .insertInto('local_authority')
    .values([
      { la_code: '873', name: 'Cambridgeshire' },
      { la_code: '874', name: 'Peterborough' },
    ])
    .execute();
  const { id } = await database.ownerDb
    .insertInto('app_user')
    .values({
      username: 'shared.worker',
      display_name: 'Jo Fenland',
      password_hash: await hashPassword(DEMO_PASSWORD),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  sharedId = id;
  await database.ownerDb
    .insertInto('user_role')
    .values([
      { la_code: '873', user_id: id, role: 'front_door' },
      { la_code: '874', user_id: id, role: 'front_door' },
      { la_code: '874', user_id: id, role: 'team_manager' },
    ])
    .execute();
  app = await buildTestApp(database);
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function sharedWorker(): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.signIn('shared.worker', DEMO_PASSWORD)).statusCode).toBe(302);
  return client;
}

describe('switching authority', () => {
  it('offers the switch only to people with roles in more than one authority', async () => {
    const single = new TestClient(app);
    await single.signIn('practitioner', DEMO_PASSWORD);
    expect((await single.get('/')).body).not.toContain('Switch authority');
    const shared = await sharedWorker();
    const home = await shared.get('/');
    expect(home.body).toContain('href="/switch-authority"');
    expect(home.body).toContain('Jo Fenland, Cambridgeshire');
  });

  it('lists their authorities, the current one chosen', async () => {
    const page = await (await sharedWorker()).get('/switch-authority');
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/value="873" checked/);
    expect(page.body).toContain('Peterborough');
    expect(page.body).not.toContain(DEMO_AUTHORITY.name);
  });

  it('switches on an explicit choice, with a new session id, audited in both authorities', async () => {
    const client = new TestClient(app);
    const signedIn = await client.signIn('shared.worker', DEMO_PASSWORD);
    const sessionAt = (response: typeof signedIn) =>
      response.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    await client.get('/switch-authority');
    const response = await client.post('/switch-authority', { la_code: '874' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/');
    expect(sessionAt(response)).toBeDefined();
    expect(sessionAt(response)).not.toBe(sessionAt(signedIn));
    const home = await client.get('/');
    expect(home.body).toContain('You are working in Peterborough.');
    expect(home.body).toContain('Jo Fenland, Peterborough');
    expect(home.body).toContain('Team manager');
    const audited = await database.ownerDb
      .selectFrom('audit_event')
      .select(['la_code', 'detail'])
      .where('user_id', '=', sharedId)
      .where('action', '=', 'switch_authority')
      .orderBy('la_code')
      .execute();
    expect(audited).toEqual([
      { la_code: '873', detail: { from: '873', to: '874' } },
      { la_code: '874', detail: { from: '873', to: '874' } },
    ]);
  });

  it('refuses an authority where they hold no role, and stays where they were', async () => {
    const client = await sharedWorker();
    await client.get('/switch-authority');
    for (const la_code of [DEMO_AUTHORITY.laCode, '', 'x']) {
      const response = await client.post('/switch-authority', { la_code });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('href="#la_code">Select the authority to work in');
    }
    expect((await client.post('/switch-authority', {})).statusCode).toBe(400);
    expect((await client.get('/')).body).toContain('Jo Fenland, Cambridgeshire');
  });

  it('needs the form token, so another site cannot switch someone', async () => {
    const client = await sharedWorker();
    const response = await client.post('/switch-authority', { la_code: '874' }, { csrf: false });
    expect(response.statusCode).toBe(403);
    expect((await client.get('/')).body).toContain('Jo Fenland, Cambridgeshire');
  });
});
