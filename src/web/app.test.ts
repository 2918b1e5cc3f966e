import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { buildTestApp, TestClient } from '../../test/web.ts';
import { DEMO_PASSWORD, ensureDemoAuthority } from '../demo.ts';
import { setUpAuthorisation, setUpRouteTable } from './plugins/authorisation.ts';
import { SESSION_COOKIE } from './plugins/session.ts';
import type { FastifyInstance } from 'fastify';

let database: TestDatabase;
let app: FastifyInstance;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('deny by default', () => {
  it('refuses to start when a route declares no access policy', async () => {
    const bare = Fastify();
    await setUpRouteTable(bare);
    await setUpAuthorisation(bare);
    bare.get('/undeclared', async () => 'hello');
    await expect(bare.ready()).rejects.toThrow(/GET \/undeclared/);
  });

  it('sends anyone not signed in to the sign-in page, remembering where they were going', async () => {
    const response = await new TestClient(app).get('/?tab=1');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/sign-in?next=%2F%3Ftab%3D1');
  });
});

describe('not found', () => {
  it('shows the not-found page to anyone', async () => {
    const response = await app.inject('/no-such-page');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
  });
});

describe('health', () => {
  it('reports the database', async () => {
    const response = await app.inject('/health');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});

describe('security headers', () => {
  it('sends a CSP with a fresh nonce per response that matches the page script', async () => {
    const a = await app.inject('/sign-in');
    const b = await app.inject('/sign-in');
    const nonce = (r: typeof a) =>
      /script-src 'self' 'nonce-([^']+)'/.exec(String(r.headers['content-security-policy']))?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(a.body).toContain(`<script nonce="${nonce(a)}">`);
    expect(a.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(a.headers['cache-control']).toBe('no-store');
  });
});

describe('signing in and out', () => {
  it('shows the demo accounts in demo mode', async () => {
    const page = await new TestClient(app).get('/sign-in');
    expect(page.body).toContain('Demo accounts');
    expect(page.body).toContain(DEMO_PASSWORD);
    expect(page.body).toContain('practitioner');
  });

  it('asks for both fields with a GOV.UK error summary', async () => {
    const client = new TestClient(app);
    await client.get('/sign-in');
    const response = await client.post('/sign-in', { username: '', password: '' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('govuk-error-summary');
    expect(response.body).toContain('href="#username">Enter your username');
    expect(response.body).toContain('href="#password">Enter your password');
    expect(response.body).toContain('<title>Error: Sign in – Hearth</title>');
  });

  it('refuses a wrong password without saying whether the user exists', async () => {
    const client = new TestClient(app);
    const wrong = await client.signIn('manager', 'not the password');
    const unknown = await client.signIn('nobody', 'not the password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toContain('Enter a correct username and password');
    expect(unknown.body).toContain('Enter a correct username and password');
  });

  it('refuses a form posted without its CSRF token', async () => {
    const client = new TestClient(app);
    await client.get('/sign-in');
    const response = await client.post(
      '/sign-in',
      { username: 'manager', password: DEMO_PASSWORD },
      { csrf: false },
    );
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('This form has expired');
  });

  it('signs in to the home page with a new HttpOnly session, and signing out ends the session on the server', async () => {
    const client = new TestClient(app);
    await client.get('/sign-in');
    const before = (await client.get('/sign-in')).cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    const response = await client.post('/sign-in', {
      username: 'Manager',
      password: DEMO_PASSWORD,
      next: '/',
    });
    expect(response.statusCode).toBe(302);
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.value).not.toBe(before);

    const home = await client.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Welcome, Tom Barker');
    expect(home.body).toContain('Hearthshire County Council (demo)');
    expect(home.body).toContain('Team manager');

    const sessionsBefore = await database.ownerDb.selectFrom('web_session').select('id_hash').execute();
    const out = await client.post('/sign-out', {});
    expect(out.headers.location).toBe('/sign-in?signed_out=1');
    const sessionsAfter = await database.ownerDb.selectFrom('web_session').select('id_hash').execute();
    expect(sessionsAfter.length).toBe(sessionsBefore.length - 1);
    expect((await client.get('/')).statusCode).toBe(302);

    const audit = await database.ownerDb.selectFrom('audit_event').select('action').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['sign_in', 'sign_out']));
  });

  it('never redirects off the site after sign-in', async () => {
    const client = new TestClient(app);
    await client.get('/sign-in');
    const response = await client.post('/sign-in', {
      username: 'analyst',
      password: DEMO_PASSWORD,
      next: '//evil.example/',
    });
    expect(response.headers.location).toBe('/');
  });

  it('applies a disabled account on its next request', async () => {
    const client = new TestClient(app);
    await client.signIn('head', DEMO_PASSWORD);
    expect((await client.get('/')).statusCode).toBe(200);
    await database.ownerDb
      .updateTable('app_user')
      .set({ disabled_at: new Date() })
      .where('username', '=', 'head')
      .execute();
    expect((await client.get('/')).statusCode).toBe(302);
  });

  it('locks an account after ten failed attempts', async () => {
    const client = new TestClient(app);
    for (let i = 0; i < 10; i++) await client.signIn('admin', `wrong ${i}`);
    const response = await client.signIn('admin', DEMO_PASSWORD);
    expect(response.statusCode).toBe(401);
    expect(response.body).toContain('This account is locked for 15 minutes');
  });
});

describe('session timeouts', () => {
  it('ends a session left idle longer than the limit', async () => {
    const idleApp = await buildTestApp(database, { sessionIdleMinutes: 0.002 });
    try {
      const client = new TestClient(idleApp);
      await client.signIn('practitioner', DEMO_PASSWORD);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const response = await client.get('/');
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/sign-in?next=%2F&ended=idle');
    } finally {
      await idleApp.close();
    }
  });

  it('ends a session older than the absolute limit however active', async () => {
    const shortApp = await buildTestApp(database, { sessionAbsoluteHours: 0.0001 });
    try {
      const client = new TestClient(shortApp);
      await client.signIn('practitioner', DEMO_PASSWORD);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const response = await client.get('/');
      expect(response.headers.location).toBe('/sign-in?next=%2F&ended=absolute');
    } finally {
      await shortApp.close();
    }
  });
});
