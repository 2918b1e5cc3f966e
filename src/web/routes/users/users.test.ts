import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inAuthority, type Actor } from '../../../db/database.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { arrangeAuthority } from '../../../../test/fixtures.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';

const ISSUER = 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0';

let database: TestDatabase;
let app: FastifyInstance;
let elsewhere: Actor;
let ids: Map<string, string>;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  elsewhere = await arrangeAuthority(database.ownerDb, '801', 'practitioner', 'elsewhere.worker');
  ids = new Map(
    (await database.ownerDb.selectFrom('app_user').select(['username', 'id']).execute()).map((u) => [
      u.username,
      u.id,
    ]),
  );
  app = await buildTestApp(database, {
    oidc: [
      {
        id: 'council',
        issuer: ISSUER,
        clientId: 'hearth',
        clientSecret: 'not-used-here',
        redirectUrl: 'https://hearth.example.gov.uk/sign-in/council/callback',
        label: 'Hearthshire County Council',
      },
    ],
  });
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function signedIn(username: string, password = DEMO_PASSWORD): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.signIn(username, password);
  expect(response.statusCode, `${username} signs in`).toBe(302);
  return client;
}

async function auditOf(action: string, subjectId: string) {
  return database.ownerDb
    .selectFrom('audit_event')
    .select(['la_code', 'user_id', 'detail'])
    .where('action', '=', action)
    .where('subject_id', '=', subjectId)
    .execute();
}

async function rolesOf(userId: string): Promise<string[]> {
  const rows = await database.ownerDb
    .selectFrom('user_role')
    .select('role')
    .where('user_id', '=', userId)
    .where('la_code', '=', DEMO_AUTHORITY.laCode)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

/** A complete "Add a user" form, with the fields given changed. */
function newUser(change: Record<string, string> = {}): Record<string, string> {
  return {
    display_name: 'Ann Other',
    username: 'ann.other',
    roles: 'practitioner',
    sign_in: 'password',
    password: 'a-long-enough-password',
    ...change,
  };
}

/** Gets the user's page first, for its CSRF token, then posts one of its forms. */
async function postOnUserPage(client: TestClient, userId: string, action: string, form = {}) {
  await client.get(`/users/${userId}`);
  return client.post(`/users/${userId}/${action}`, form);
}

describe('user administration', () => {
  it('is for administrators only', async () => {
    const practitioner = await signedIn('practitioner');
    expect((await practitioner.get('/users')).statusCode).toBe(403);
    expect((await practitioner.get(`/users/${ids.get('manager')}`)).statusCode).toBe(403);
    expect((await practitioner.post(`/users/${ids.get('manager')}/disable`, {})).statusCode).toBe(403);
    expect((await practitioner.get('/')).body).not.toContain('href="/users"');
    expect((await (await signedIn('admin')).get('/')).body).toContain('href="/users"');
  });

  it("lists the authority's users and no one else's", async () => {
    const admin = await signedIn('admin');
    const page = await admin.get('/users');
    expect(page.statusCode).toBe(200);
    for (const name of ['Priya Shah', 'Tom Barker', 'Helen Okafor', 'Sam Reid', 'Alex Morgan']) {
      expect(page.body).toContain(name);
    }
    expect(page.body).not.toContain('elsewhere.worker');
    expect((await admin.get(`/users/${elsewhere.userId}`)).statusCode).toBe(404);
    expect((await admin.get('/users/not-a-uuid')).statusCode).toBe(404);
    await admin.get('/users');
    expect((await admin.post(`/users/${elsewhere.userId}/disable`, {})).statusCode).toBe(404);
    const other = await database.ownerDb
      .selectFrom('app_user')
      .select('disabled_at')
      .where('id', '=', elsewhere.userId)
      .executeTakeFirstOrThrow();
    expect(other.disabled_at).toBeNull();
  });

  it('adds a user with a password, who can then sign in with the roles given', async () => {
    const admin = await signedIn('admin');
    await admin.get('/users/new');
    const response = await admin.post('/users/new', {
      display_name: 'Grace Adeyemi',
      username: 'G.Adeyemi',
      roles: 'iro',
      sign_in: 'password',
      password: 'a-long-enough-password',
    });
    expect(response.statusCode).toBe(302);
    const id = String(response.headers.location).replace('/users/', '');
    expect(await rolesOf(id)).toEqual(['iro']);
    expect((await admin.get(`/users/${id}`)).body).toContain('Grace Adeyemi added.');
    const grace = await signedIn('g.adeyemi', 'a-long-enough-password');
    expect((await grace.get('/')).body).toContain('IRO / CP chair');
    expect(await auditOf('user_added', id)).toEqual([
      {
        la_code: DEMO_AUTHORITY.laCode,
        user_id: ids.get('admin'),
        detail: { username: 'g.adeyemi', roles: ['iro'], signIn: 'password' },
      },
    ]);
  });

  it('adds a user linked to a council account, with no password', async () => {
    const admin = await signedIn('admin');
    await admin.get('/users/new');
    const response = await admin.post('/users/new', {
      display_name: 'Kofi Mensah',
      username: 'kofi.mensah',
      roles: ['practitioner', 'front_door'],
      sign_in: 'council',
      subject: '  AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ  ',
    });
    expect(response.statusCode).toBe(302);
    const id = String(response.headers.location).replace('/users/', '');
    expect(await rolesOf(id)).toEqual(['front_door', 'practitioner']);
    const identity = await database.ownerDb
      .selectFrom('user_identity')
      .innerJoin('app_user', 'app_user.id', 'user_identity.user_id')
      .select(['issuer', 'subject', 'linked_by', 'password_hash'])
      .where('user_id', '=', id)
      .execute();
    expect(identity).toEqual([
      {
        issuer: ISSUER,
        subject: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
        linked_by: ids.get('admin'),
        password_hash: null,
      },
    ]);
    await admin.get('/users/new');
    const again = await admin.post('/users/new', {
      display_name: 'Someone Else',
      username: 'someone.else',
      roles: 'practitioner',
      sign_in: 'council',
      subject: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
    });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('That council account is already linked to a Hearth user');
    expect(
      await database.ownerDb
        .selectFrom('app_user')
        .where('username', '=', 'someone.else')
        .select('id')
        .execute(),
    ).toEqual([]);
  });

  it('shows what is wrong with a new user and adds no one', async () => {
    const admin = await signedIn('admin');
    const before = await database.ownerDb.selectFrom('app_user').select('id').execute();
    await admin.get('/users/new');
    const empty = await admin.post('/users/new', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('There is a problem');
    expect(empty.body).toContain('href="#display_name">Enter the person&#39;s full name');
    expect(empty.body).toContain('href="#username">Enter a username');
    expect(empty.body).toContain('href="#roles">Select at least one role');
    expect(empty.body).toContain('href="#sign_in">Select how they will sign in');

    for (const [change, problem] of [
      [{ password: 'short' }, 'Enter a password of at least 12 characters'],
      [{ username: 'practitioner' }, 'That username is already taken'],
      [{ username: 'a b' }, 'Username must be 3 to 100 characters'],
      [{ roles: 'superuser' }, 'Select roles from the list'],
      [{ sign_in: 'council', subject: '' }, 'Enter the identifier of their council account'],
    ] as const) {
      const response = await admin.post('/users/new', newUser(change));
      expect(response.statusCode, problem).toBe(400);
      expect(response.body).toContain(problem);
      expect(response.body).toContain('value="Ann Other"');
    }
    expect(await database.ownerDb.selectFrom('app_user').select('id').execute()).toHaveLength(before.length);
  });

  it('changes roles in this authority only, audited, and never to none', async () => {
    const admin = await signedIn('admin');
    const sam = ids.get('analyst')!;
    const saved = await postOnUserPage(admin, sam, 'roles', {
      roles: ['performance_analyst', 'head_of_service'],
    });
    expect(saved.statusCode).toBe(302);
    expect(await rolesOf(sam)).toEqual(['head_of_service', 'performance_analyst']);
    const swapped = await postOnUserPage(admin, sam, 'roles', { roles: 'team_manager' });
    expect(swapped.statusCode).toBe(302);
    expect(await rolesOf(sam)).toEqual(['team_manager']);
    expect((await auditOf('user_roles_changed', sam)).map((a) => a.detail)).toEqual([
      { added: ['head_of_service'], removed: [] },
      { added: ['team_manager'], removed: ['head_of_service', 'performance_analyst'] },
    ]);
    const none = await postOnUserPage(admin, sam, 'roles', {});
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Select at least one role');
    expect(await rolesOf(sam)).toEqual(['team_manager']);
  });

  it('will not let administrators remove their own administrator role or disable themselves', async () => {
    const admin = await signedIn('admin');
    const self = ids.get('admin')!;
    const demoted = await postOnUserPage(admin, self, 'roles', { roles: 'practitioner' });
    expect(demoted.statusCode).toBe(400);
    expect(demoted.body).toContain('You cannot remove your own administrator role');
    const disabled = await postOnUserPage(admin, self, 'disable');
    expect(disabled.statusCode).toBe(400);
    expect(disabled.body).toContain('You cannot disable your own account');
    expect(await rolesOf(self)).toEqual(['administrator']);
  });

  it('ends a user’s sessions, which signs them out at their next request', async () => {
    const manager = await signedIn('manager');
    const elsewhereToo = await signedIn('manager');
    expect((await manager.get('/')).statusCode).toBe(200);
    const admin = await signedIn('admin');
    const ended = await postOnUserPage(admin, ids.get('manager')!, 'end-sessions');
    expect(ended.statusCode).toBe(302);
    expect((await admin.get(String(ended.headers.location))).body).toContain('2 sessions have ended');
    for (const client of [manager, elsewhereToo]) {
      const next = await client.get('/');
      expect(next.statusCode).toBe(302);
      expect(next.headers.location).toMatch(/^\/sign-in/);
    }
    expect((await admin.get('/')).statusCode).toBe(200);
    expect((await auditOf('user_sessions_ended', ids.get('manager')!)).map((a) => a.detail)).toEqual([
      { sessions: 2 },
    ]);
  });

  it('disables an account, signing them out and keeping them out, and enables it again', async () => {
    const head = await signedIn('head');
    const admin = await signedIn('admin');
    const helen = ids.get('head')!;
    const disabled = await postOnUserPage(admin, helen, 'disable');
    expect(disabled.statusCode).toBe(302);
    expect((await head.get('/')).statusCode).toBe(302);
    expect((await new TestClient(app).signIn('head', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await admin.get('/users')).body).toMatch(/Helen Okafor[\s\S]*?Disabled/);
    const enabled = await postOnUserPage(admin, helen, 'enable');
    expect(enabled.statusCode).toBe(302);
    expect((await new TestClient(app).signIn('head', DEMO_PASSWORD)).statusCode).toBe(302);
    const actions = await database.ownerDb
      .selectFrom('audit_event')
      .select('action')
      .where('subject_id', '=', helen)
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user_disabled', 'user_sessions_ended', 'user_enabled']);
  });

  it('links a council account to an existing user', async () => {
    const admin = await signedIn('admin');
    const priya = ids.get('practitioner')!;
    const blank = await postOnUserPage(admin, priya, 'identity', { subject: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('Enter the identifier of their council account');
    const linked = await postOnUserPage(admin, priya, 'identity', { subject: 'priya-subject' });
    expect(linked.statusCode).toBe(302);
    expect((await admin.get(`/users/${priya}`)).body).toContain(
      'priya-subject at Hearthshire County Council',
    );
    expect((await auditOf('user_identity_linked', priya)).map((a) => a.detail)).toEqual([
      { issuer: ISSUER, subject: 'priya-subject' },
    ]);
  });

  it('lets the application grant and revoke roles only in the authority of the transaction', async () => {
    const actor = { laCode: DEMO_AUTHORITY.laCode, userId: ids.get('admin')! };
    await expect(
      inAuthority(database.db, actor, (trx) =>
        trx
          .insertInto('user_role')
          .values({ la_code: '801', user_id: actor.userId, role: 'administrator' })
          .execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const revoked = await inAuthority(database.db, actor, (trx) =>
      trx.deleteFrom('user_role').where('user_id', '=', elsewhere.userId).executeTakeFirst(),
    );
    expect(revoked.numDeletedRows).toBe(0n);
  });

  it('gives a user of another authority roles here, leaving their account and roles there alone', async () => {
    const admin = await signedIn('admin');
    await admin.get('/users/existing');
    for (const [form, problem] of [
      [{ username: 'nobody.at.all', roles: 'front_door' }, 'No Hearth user has that username'],
      [{ username: 'practitioner', roles: 'front_door' }, 'They already have a role here'],
      [{ username: '' }, 'Enter their username'],
      [{ username: 'elsewhere.worker' }, 'Select at least one role'],
    ] as const) {
      const response = await admin.post('/users/existing', form);
      expect(response.statusCode, problem).toBe(400);
      expect(response.body).toContain(problem);
    }
    const granted = await admin.post('/users/existing', {
      username: 'Elsewhere.Worker',
      roles: 'front_door',
    });
    expect(granted.statusCode).toBe(302);
    expect(granted.headers.location).toBe(`/users/${elsewhere.userId}`);
    expect(await rolesOf(elsewhere.userId)).toEqual(['front_door']);
    const roles = await database.ownerDb
      .selectFrom('user_role')
      .select(['la_code', 'role'])
      .where('user_id', '=', elsewhere.userId)
      .orderBy('la_code')
      .execute();
    expect(roles).toEqual([
      { la_code: '801', role: 'practitioner' },
      { la_code: DEMO_AUTHORITY.laCode, role: 'front_door' },
    ]);
    expect((await auditOf('user_access_granted', elsewhere.userId)).map((a) => a.detail)).toEqual([
      { username: 'elsewhere.worker', roles: ['front_door'] },
    ]);
    expect((await admin.get('/users')).body).toContain('elsewhere.worker');
  });

  it('links a council account at the council chosen, when the installation trusts several', async () => {
    const other = 'https://login.microsoftonline.com/99999999-2222-4333-8444-555555555555/v2.0';
    const provider = (id: string, issuer: string, label: string) => ({
      id,
      issuer,
      clientId: 'hearth',
      clientSecret: 'not-used-here',
      redirectUrl: 'https://hearth.example.gov.uk/sign-in/council/callback',
      label,
    });
    const shared = await buildTestApp(database, {
      oidc: [
        provider('hearthshire', ISSUER, 'Hearthshire County Council'),
        provider('dale', other, 'Dale Borough Council'),
      ],
    });
    try {
      const admin = new TestClient(shared);
      await admin.signIn('admin', DEMO_PASSWORD);
      const form = await admin.get('/users/new');
      expect(form.body).toContain('<option value="dale">Dale Borough Council</option>');
      const dee = newUser({
        display_name: 'Dee Dale',
        username: 'dee.dale',
        sign_in: 'council',
        subject: 'dee-subject',
      });
      const unchosen = await admin.post('/users/new', dee);
      expect(unchosen.statusCode).toBe(400);
      expect(unchosen.body).toContain('href="#provider">Select the council whose account it is');
      const added = await admin.post('/users/new', { ...dee, provider: 'dale' });
      expect(added.statusCode).toBe(302);
      const page = await admin.get(String(added.headers.location));
      expect(page.body).toContain('dee-subject at Dale Borough Council');
      const linked = await database.ownerDb
        .selectFrom('user_identity')
        .select('issuer')
        .where('subject', '=', 'dee-subject')
        .execute();
      expect(linked).toEqual([{ issuer: other }]);
    } finally {
      await shared.close();
    }
  });
});
