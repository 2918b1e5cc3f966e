import type { FastifyInstance } from 'fastify';
import type { JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../../../db/database.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { arrangeAuthority } from '../../../../test/fixtures.ts';
import { TestIdentityProvider } from '../../../../test/identity-provider.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';

const hearth = { clientId: 'hearth', clientSecret: 'hearth-test-secret-0123456789abcdef' };
const otherApp = { clientId: 'other-app', clientSecret: 'other-test-secret-0123456789abcdef' };

let database: TestDatabase;
let idp: TestIdentityProvider;
let app: FastifyInstance;
let linked: Actor;
let disabled: Actor;

beforeAll(async () => {
  database = await createTestDatabase();
  idp = new TestIdentityProvider([hearth, otherApp]);
  await idp.start();
  linked = await arrangeAuthority(database.ownerDb, '801', 'practitioner', 'linked.worker');
  disabled = await arrangeAuthority(database.ownerDb, '801', 'practitioner', 'disabled.worker');
  await database.ownerDb
    .updateTable('app_user')
    .set({ disabled_at: new Date() })
    .where('id', '=', disabled.userId)
    .execute();
  await database.ownerDb
    .insertInto('user_identity')
    .values([
      { issuer: idp.issuer, subject: 'subject-linked', user_id: linked.userId },
      { issuer: idp.issuer, subject: 'subject-disabled', user_id: disabled.userId },
    ])
    .execute();
  app = await buildTestApp(database, { oidc: [idp.settings(hearth)] });
});

afterEach(() => {
  idp.tamper = undefined;
  idp.foreignKey = false;
});

afterAll(async () => {
  await app?.close();
  await idp?.stop();
  await database?.drop();
});

/** Starts a council sign-in at Hearth, signs in at the provider as `subject`, and returns the callback. */
async function goToProvider(client: TestClient, subject: string, next = '/children'): Promise<string> {
  const start = await client.get(`/sign-in/council?next=${encodeURIComponent(next)}`);
  expect(start.statusCode).toBe(302);
  const location = String(start.headers.location);
  expect(location.startsWith(`${idp.issuer}/auth?`)).toBe(true);
  return idp.signInAt(location, subject);
}

async function isSignedIn(client: TestClient): Promise<boolean> {
  return (await client.get('/')).statusCode === 200;
}

async function failures(): Promise<{ reason: string; subject: string | null; user_id: string | null }[]> {
  return database.ownerDb
    .selectFrom('sign_in_failure')
    .select(['reason', 'subject', 'user_id'])
    .where('method', '=', 'oidc')
    .orderBy('id')
    .execute();
}

describe('signing in with a council account', () => {
  it('offers the council account on the sign-in page only when a provider is configured', async () => {
    const page = await new TestClient(app).get('/sign-in');
    expect(page.body).toContain('Sign in with your council account');
    expect(page.body).toContain('href="/sign-in/council?next=%2F"');
    const plain = await buildTestApp(database);
    try {
      expect((await new TestClient(plain).get('/sign-in')).body).not.toContain('council account');
      expect((await new TestClient(plain).get('/sign-in/council')).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });

  it('sends the person to the provider with PKCE, state and nonce', async () => {
    const start = await new TestClient(app).get('/sign-in/council');
    const url = new URL(String(start.headers.location));
    expect(url.searchParams.get('client_id')).toBe('hearth');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
  });

  it('signs in the linked user, goes where they were going, and audits the sign-in', async () => {
    const client = new TestClient(app);
    const callback = await goToProvider(client, 'subject-linked', '/children');
    const response = await client.get(callback);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/children');
    const home = await client.get('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Test practitioner');
    const audited = await database.ownerDb
      .selectFrom('audit_event')
      .select(['action', 'detail'])
      .where('user_id', '=', linked.userId)
      .where('action', '=', 'sign_in')
      .execute();
    expect(audited).toEqual([{ action: 'sign_in', detail: { method: 'oidc', issuer: idp.issuer } }]);
  });

  it('never sends the person off-site after signing in', async () => {
    const client = new TestClient(app);
    const response = await client.get(await goToProvider(client, 'subject-linked', '//evil.example/'));
    expect(response.headers.location).toBe('/');
  });

  it('refuses a callback used a second time, in the same browser or another', async () => {
    const client = new TestClient(app);
    const callback = await goToProvider(client, 'subject-linked');
    expect((await client.get(callback)).statusCode).toBe(302);
    const again = await client.get(callback);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('This sign-in has already been used or has expired');
    const attacker = new TestClient(app);
    expect((await attacker.get(callback)).statusCode).toBe(400);
    expect(await isSignedIn(attacker)).toBe(false);
  });

  it('refuses a sign-in finished more than 15 minutes after it started', async () => {
    const client = new TestClient(app);
    const callback = await goToProvider(client, 'subject-linked');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 15 * 60_000 + 1000);
      const response = await client.get(callback);
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('This sign-in has already been used or has expired');
    } finally {
      vi.useRealTimers();
    }
    expect(await isSignedIn(client)).toBe(false);
    expect((await failures()).at(-1)?.reason).toBe('sign-in started too long ago');
  });

  it('refuses a callback whose state belongs to an earlier sign-in (state checked)', async () => {
    const client = new TestClient(app);
    const first = await goToProvider(client, 'subject-linked');
    await goToProvider(client, 'subject-linked');
    const response = await client.get(first);
    expect(response.statusCode).toBe(400);
    expect(await isSignedIn(client)).toBe(false);
    expect((await failures()).at(-1)?.reason).toMatch(/state/);
  });

  const hourAgo = Math.floor(Date.now() / 1000) - 3600;
  it.each([
    {
      what: 'issued for another client (wrong audience)',
      tamper: (claims: JWTPayload) => ({ ...claims, aud: otherApp.clientId }),
      reason: /"aud"/,
    },
    {
      what: 'from another issuer',
      tamper: (claims: JWTPayload) => ({ ...claims, iss: 'https://login.example.com/other-tenant/v2.0' }),
      reason: /"iss"/,
    },
    {
      what: 'that has expired',
      tamper: (claims: JWTPayload) => ({ ...claims, iat: hourAgo - 600, exp: hourAgo }),
      reason: /"exp"/,
    },
    {
      what: 'whose nonce is not the one this sign-in sent',
      tamper: (claims: JWTPayload) => ({ ...claims, nonce: 'a-nonce-from-another-sign-in' }),
      reason: /"nonce"/,
    },
    { what: 'signed with a key the provider never published', foreignKey: true, reason: /signature/ },
  ])('refuses an ID token $what, though the provider sent it', async ({ tamper, foreignKey, reason }) => {
    idp.tamper = tamper;
    idp.foreignKey = foreignKey ?? false;
    const client = new TestClient(app);
    const response = await client.get(await goToProvider(client, 'subject-linked'));
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Hearth could not check your sign-in with Testshire County Council');
    expect(await isSignedIn(client)).toBe(false);
    expect((await failures()).at(-1)?.reason).toMatch(reason);
  });

  it("refuses a code the provider issued to another client, exchanged with Hearth's credentials", async () => {
    const client = new TestClient(app);
    const start = await client.get('/sign-in/council');
    const url = new URL(String(start.headers.location));
    url.searchParams.set('client_id', otherApp.clientId);
    const response = await client.get(await idp.signInAt(url.href, 'subject-linked'));
    expect(response.statusCode).toBe(400);
    expect(await isSignedIn(client)).toBe(false);
    expect((await failures()).at(-1)?.reason).toMatch(/invalid_grant/);
  });

  it('refuses an account no administrator linked, creating no one, and shows the reference to give them', async () => {
    const before = await database.ownerDb.selectFrom('app_user').select('id').execute();
    const client = new TestClient(app);
    const response = await client.get(await goToProvider(client, 'subject-nobody-linked'));
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Your council account is not linked to a Hearth user');
    expect(response.body).toContain('subject-nobody-linked');
    expect(await isSignedIn(client)).toBe(false);
    expect(await database.ownerDb.selectFrom('app_user').select('id').execute()).toHaveLength(before.length);
    expect((await failures()).at(-1)).toEqual({
      reason: 'unknown_identity',
      subject: 'subject-nobody-linked',
      user_id: null,
    });
  });

  it('refuses a disabled user', async () => {
    const client = new TestClient(app);
    const response = await client.get(await goToProvider(client, 'subject-disabled'));
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Your Hearth account is disabled');
    expect(await isSignedIn(client)).toBe(false);
    expect((await failures()).at(-1)).toEqual({
      reason: 'disabled',
      subject: 'subject-disabled',
      user_id: disabled.userId,
    });
  });

  it('says so when the provider does not answer', async () => {
    const down = await buildTestApp(database, {
      oidc: [{ ...idp.settings(hearth), issuer: 'http://127.0.0.1:9/' }],
    });
    try {
      const response = await new TestClient(down).get('/sign-in/council');
      expect(response.statusCode).toBe(503);
      expect(response.body).toContain('The sign-in service of Testshire County Council is not answering');
    } finally {
      await down.close();
    }
  });
});

describe('signing in when the installation trusts several councils', () => {
  it('offers each, and knows a person by issuer and subject together, never by subject alone', async () => {
    const peterborough = new TestIdentityProvider([hearth]);
    await peterborough.start();
    const shared = await buildTestApp(database, {
      oidc: [
        idp.settings(hearth, 'Cambridgeshire County Council', 'cambridgeshire'),
        peterborough.settings(hearth, 'Peterborough City Council', 'peterborough'),
      ],
    });
    try {
      const page = await new TestClient(shared).get('/sign-in');
      expect(page.body).toContain('Sign in with your Cambridgeshire County Council account');
      expect(page.body).toContain('href="/sign-in/council?provider=peterborough&amp;next=%2F"');
      expect((await new TestClient(shared).get('/sign-in/council')).statusCode).toBe(404);
      expect((await new TestClient(shared).get('/sign-in/council?provider=norfolk')).statusCode).toBe(404);

      const signInAt = async (provider: TestIdentityProvider, id: string) => {
        const client = new TestClient(shared);
        const start = await client.get(`/sign-in/council?provider=${id}`);
        expect(String(start.headers.location).startsWith(`${provider.issuer}/auth?`)).toBe(true);
        return client.get(await provider.signInAt(String(start.headers.location), 'subject-linked'));
      };
      // The same subject at another council's provider is another person, unknown here.
      const elsewhere = await signInAt(peterborough, 'peterborough');
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.body).toContain('Your council account is not linked to a Hearth user');
      const linkedHere = await signInAt(idp, 'cambridgeshire');
      expect(linkedHere.statusCode).toBe(302);
    } finally {
      await shared.close();
      await peterborough.stop();
    }
  });
});
