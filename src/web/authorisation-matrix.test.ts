import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import {
  arrangeAllocatedChild,
  arrangeRestriction,
  arrangeTeam,
  arrangeUser,
  arrangeWorker,
  TEST_PASSWORD,
} from '../../test/organisation.ts';
import { buildTestApp, TestClient } from '../../test/web.ts';
import { ALL_ROLES, type Role } from '../access/roles.ts';
import { CATALOGUE } from '../indicators/catalogue/index.ts';
import { priorityAreas } from '../indicators/scrutiny.ts';

/**
 * Every route the app registers, called as every role, anonymously and as a user of another authority,
 * against children who are the user's own, their team's, another team's, another authority's and
 * restricted. A route the app registers that is not in ROUTES fails the test: add it with one line.
 */

const LA = '873';
const OTHER_LA = '874';
const USERS = [...ALL_ROLES, 'anonymous', 'other_authority'] as const;
type User = (typeof USERS)[number];
const CHILDREN = ['own', 'team', 'otherTeam', 'otherAuthority', 'restricted'] as const;
type Child = (typeof CHILDREN)[number];

/**
 * Who may see which child, by hand from the rules (migration 0007): the practitioner and their manager the
 * team's children; authority-wide roles all but the restricted child; the front door the child in
 * screening (team); the IRO the child whose review they chair (otherTeam); the privacy officer everything
 * of the authority, restricted too; the other authority's user only their own authority's child.
 */
const SEES: Record<User, readonly Child[]> = {
  practitioner: ['own', 'team'],
  team_manager: ['own', 'team'],
  head_of_service: ['own', 'team', 'otherTeam'],
  performance_analyst: ['own', 'team', 'otherTeam'],
  administrator: [],
  front_door: ['team'],
  iro: ['otherTeam'],
  emergency_duty: ['own', 'team', 'otherTeam'],
  privacy_officer: ['own', 'team', 'otherTeam', 'restricted'],
  anonymous: [],
  other_authority: ['otherAuthority'],
};

// Who may use each kind of route, stated here by hand rather than read from src/access/policy.ts, so the
// matrix checks the policies instead of repeating them.
const READERS: Role[] = [
  'practitioner',
  'team_manager',
  'head_of_service',
  'performance_analyst',
  'front_door',
  'iro',
  'emergency_duty',
];
const WRITERS: Role[] = ['practitioner', 'team_manager', 'front_door'];
const MANAGERS: Role[] = ['team_manager', 'head_of_service'];
const PERFORMANCE: Role[] = ['team_manager', 'head_of_service', 'performance_analyst'];
const SETTINGS: Role[] = ['administrator', 'head_of_service', 'performance_analyst'];
const RETURNS: Role[] = ['head_of_service', 'performance_analyst'];
const SIGNED_IN = [...READERS, 'administrator', 'privacy_officer'] as Role[];

/**
 * How a route is checked. `roles`: who may use it ('public' for anyone). `child`: the route is about one
 * child and is allowed only for a child the user may see; otherwise the same route is called once.
 */
interface RouteCase {
  roles: Role[] | 'public';
  child?: boolean;
  path: (f: Fixtures, child: Child) => string;
  form?: Record<string, string>;
}

const one = (path: string | ((f: Fixtures) => string)): ((f: Fixtures) => string) =>
  typeof path === 'string' ? () => path : path;

const ROUTES: Record<string, RouteCase> = {
  'GET /health': { roles: 'public', path: one('/health') },
  'GET /assets/*': { roles: 'public', path: one('/assets/images/hearth.svg') },
  'GET /sign-in': { roles: 'public', path: one('/sign-in') },
  'POST /sign-in': { roles: 'public', path: one('/sign-in'), form: { username: 'nobody', password: 'x' } },
  'GET /': { roles: SIGNED_IN, path: one('/') },
  'GET /children': { roles: READERS, path: one('/children?q=Matrixchild') },
  'GET /children/new': { roles: WRITERS, path: one('/children/new') },
  'POST /children/new': { roles: WRITERS, path: one('/children/new'), form: {} },
  'GET /children/:personId': { roles: READERS, child: true, path: (f, c) => `/children/${f[c].personId}` },
  'POST /children/:personId/break-glass': {
    roles: READERS,
    path: (f) => `/children/${f.restricted.personId}/break-glass`,
    form: { reason: '' },
  },
  'GET /children/:personId/record/:stepId': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/record/contact`,
  },
  'POST /children/:personId/record/:stepId': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/record/contact`,
    form: {},
  },
  'GET /children/:personId/record/:stepId/check': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/record/contact/check`,
  },
  'POST /children/:personId/record/:stepId/check': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/record/contact/check`,
    form: {},
  },
  'GET /children/:personId/records/:table/:recordId': {
    roles: READERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/records/contact/${f[c].contactId}`,
  },
  'GET /children/:personId/records/:table/:recordId/correct/:stepId': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/records/contact/${f[c].contactId}/correct/contact`,
  },
  'POST /children/:personId/records/:table/:recordId/correct/:stepId': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/records/contact/${f[c].contactId}/correct/contact`,
    form: {},
  },
  'GET /children/:personId/audit': {
    roles: ['team_manager', 'head_of_service', 'privacy_officer'],
    child: true,
    path: (f, c) => `/children/${f[c].personId}/audit`,
  },
  'GET /children/:personId/access': {
    roles: MANAGERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/access`,
  },
  'POST /children/:personId/access/restrict': {
    roles: MANAGERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/access/restrict`,
    form: {},
  },
  'POST /children/:personId/access/lift': {
    roles: MANAGERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/access/lift`,
    form: {},
  },
  'POST /children/:personId/access/grants': {
    roles: MANAGERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/access/grants`,
    form: {},
  },
  'POST /children/:personId/access/grants/:grantId/revoke': {
    roles: MANAGERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/access/grants/${crypto.randomUUID()}/revoke`,
    form: {},
  },
  'POST /children/:personId/access/links': {
    roles: MANAGERS,
    child: true,
    path: (f, c) => `/children/${f[c].personId}/access/links`,
    form: {},
  },
  'GET /privacy/alerts': { roles: ['privacy_officer'], path: one('/privacy/alerts') },
  'POST /privacy/alerts/:alertId/review': {
    roles: ['privacy_officer'],
    path: (f) => `/privacy/alerts/${f.alertId}/review`,
    form: { note: '' },
  },
  'GET /tasks': { roles: SIGNED_IN, path: one('/tasks') },
  'POST /tasks/:taskId/overdue-reason': {
    roles: WRITERS,
    child: true,
    path: (f, c) => `/tasks/${f[c].taskId}/overdue-reason`,
    form: {},
  },
  'GET /teams': { roles: MANAGERS, path: one('/teams') },
  'GET /teams/:teamId': { roles: MANAGERS, path: (f) => `/teams/${f.teamA}` },
  'GET /settings/local-policy': { roles: SETTINGS, path: one('/settings/local-policy') },
  'POST /settings/local-policy': { roles: SETTINGS, path: one('/settings/local-policy'), form: {} },
  'GET /settings/performance': { roles: SETTINGS, path: one('/settings/performance') },
  'GET /settings/performance/:kind.csv': { roles: SETTINGS, path: one('/settings/performance/targets.csv') },
  'POST /settings/performance/:kind': {
    roles: SETTINGS,
    path: one('/settings/performance/targets'),
    form: {},
  },
  'GET /performance': { roles: PERFORMANCE, path: one('/performance') },
  'GET /performance/indicators/:id': {
    roles: PERFORMANCE,
    path: one(`/performance/indicators/${CATALOGUE[0]!.id}`),
  },
  'GET /performance/indicators/:id/:month': {
    roles: PERFORMANCE,
    path: one(`/performance/indicators/${CATALOGUE[0]!.id}/2025-06`),
  },
  'GET /performance/scrutiny': { roles: PERFORMANCE, path: one('/performance/scrutiny') },
  'GET /performance/scrutiny.xlsx': { roles: PERFORMANCE, path: one('/performance/scrutiny.xlsx') },
  'POST /performance/scrutiny/:areaId': {
    roles: ['head_of_service', 'performance_analyst'],
    path: one(`/performance/scrutiny/${priorityAreas({ areas: [] } as never)[0]!.id}`),
    form: { month: '2025-06', analysis: 'Steady', actions: 'None' },
  },
  'GET /performance/caseloads': { roles: PERFORMANCE, path: one('/performance/caseloads') },
  'GET /performance/overdue-visits': { roles: PERFORMANCE, path: one('/performance/overdue-visits') },
  'GET /returns': { roles: RETURNS, path: one('/returns') },
  'GET /returns/:collection/rules/:code': {
    roles: RETURNS,
    path: one('/returns/cin-census/rules/8670Q'),
  },
  'GET /returns/as-at': { roles: RETURNS, path: one('/returns/as-at') },
  'GET /returns/cin-census/download': { roles: RETURNS, path: one('/returns/cin-census/download?year=2025') },
  'GET /returns/ssda903.zip': { roles: RETURNS, path: one('/returns/ssda903.zip') },
  'GET /returns/ssda903/:table.csv': { roles: RETURNS, path: one('/returns/ssda903/Header.csv') },
  'GET /switch-authority': { roles: SIGNED_IN, path: one('/switch-authority') },
  'POST /switch-authority': { roles: SIGNED_IN, path: one('/switch-authority'), form: {} },
  'GET /import': { roles: ['administrator'], path: one('/import') },
  'POST /import': { roles: ['administrator'], path: one('/import'), form: {} },
  'GET /users': { roles: ['administrator'], path: one('/users') },
  'GET /users/new': { roles: ['administrator'], path: one('/users/new') },
  'POST /users/new': { roles: ['administrator'], path: one('/users/new'), form: {} },
  'GET /users/existing': { roles: ['administrator'], path: one('/users/existing') },
  'POST /users/existing': { roles: ['administrator'], path: one('/users/existing'), form: {} },
  'GET /users/:id': { roles: ['administrator'], path: (f) => `/users/${f.bystander}` },
  'POST /users/:id/roles': { roles: ['administrator'], path: (f) => `/users/${f.bystander}/roles`, form: {} },
  'POST /users/:id/identity': {
    roles: ['administrator'],
    path: (f) => `/users/${f.bystander}/identity`,
    form: {},
  },
  'POST /users/:id/disable': {
    roles: ['administrator'],
    path: (f) => `/users/${f.bystander}/disable`,
    form: {},
  },
  'POST /users/:id/enable': {
    roles: ['administrator'],
    path: (f) => `/users/${f.bystander}/enable`,
    form: {},
  },
  'POST /users/:id/end-sessions': {
    roles: ['administrator'],
    path: (f) => `/users/${f.bystander}/end-sessions`,
    form: {},
  },
  // Last for each user: it ends their session.
  'POST /sign-out': { roles: SIGNED_IN, path: one('/sign-out'), form: {} },
};

type ChildFixture = { personId: string; contactId: string; taskId: string };
type Fixtures = Record<Child, ChildFixture> & { teamA: string; alertId: string; bystander: string };

let database: TestDatabase;
let app: FastifyInstance;
let fixtures: Fixtures;

beforeAll(async () => {
  database = await createTestDatabase();
  const o = database.ownerDb;
  const ids = {} as Record<User, string>;
  for (const user of USERS) {
    if (user === 'anonymous') continue;
    ids[user] =
      user === 'other_authority'
        ? await arrangeUser(o, OTHER_LA, 'other.head', ['head_of_service', 'practitioner', 'privacy_officer'])
        : await arrangeUser(o, LA, user.replace(/_/g, '.'), [user]);
  }
  const teamA = await arrangeTeam(o, LA, 'Team A', ids.team_manager);
  const teamB = await arrangeTeam(o, LA, 'Team B');
  const mine = await arrangeWorker(o, LA, teamA, ids.practitioner);
  const colleague = await arrangeWorker(o, LA, teamA);
  const elsewhere = await arrangeWorker(o, LA, teamB);
  const otherTeam = await arrangeTeam(o, OTHER_LA, 'Team C');
  const own = await arrangeAllocatedChild(o, LA, 'Ownfamily', { teamId: teamA, workerId: mine });
  const team = await arrangeAllocatedChild(o, LA, 'Teamfamily', {
    teamId: teamA,
    workerId: colleague,
    screening: true,
  });
  const other = await arrangeAllocatedChild(o, LA, 'Elsewherefamily', { teamId: teamB, workerId: elsewhere });
  const foreign = await arrangeAllocatedChild(o, OTHER_LA, 'Foreignfamily', { teamId: otherTeam });
  const restricted = await arrangeAllocatedChild(o, LA, 'Restrictedfamily', {
    teamId: teamA,
    workerId: mine,
  });
  await arrangeRestriction(o, LA, restricted.personId);
  await sql`INSERT INTO cla_review (la_code, person_id, review_date, chair_user_id)
    VALUES (${LA}, ${other.personId}, '2025-03-01', ${ids.iro})`.execute(o);
  // An alert to review, from access that has since ended.
  const { rows } = await sql<{ id: string }>`
    INSERT INTO break_glass (la_code, person_id, user_id, reason, opened_at, expires_at)
    VALUES (${LA}, ${other.personId}, ${ids.practitioner}, 'Out of hours', now() - interval '3 hours',
      now() - interval '1 hour')
    RETURNING id`.execute(o);
  fixtures = {
    own,
    team,
    otherTeam: other,
    otherAuthority: foreign,
    restricted,
    teamA,
    alertId: rows[0]!.id,
    // A user the administrator's routes act on, who never signs in here.
    bystander: await arrangeUser(o, LA, 'bystander', ['practitioner']),
  };
  app = await buildTestApp(database);
}, 120_000);

afterAll(async () => {
  await app.close();
  await database.drop();
});

const FAMILY: Record<Child, string> = {
  own: 'Ownfamily',
  team: 'Teamfamily',
  otherTeam: 'Elsewherefamily',
  otherAuthority: 'Foreignfamily',
  restricted: 'Restrictedfamily',
};

function roleOf(user: User): Role[] {
  if (user === 'anonymous') return [];
  if (user === 'other_authority') return ['head_of_service', 'practitioner', 'privacy_officer'];
  return [user];
}

function key(route: { method: string | string[]; url: string }): string[] {
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  return methods.filter((m) => m !== 'HEAD').map((m) => `${m} ${route.url}`);
}

describe('the authorisation matrix', () => {
  it('covers every route the app registers', () => {
    const registered = new Set(app.routeTable.flatMap(key));
    expect([...registered].filter((r) => !ROUTES[r]).sort()).toEqual([]);
    expect(
      Object.keys(ROUTES)
        .filter((r) => !registered.has(r))
        .sort(),
    ).toEqual([]);
  });

  it.each(USERS)('allows and refuses each route as %s', async (user) => {
    const client = new TestClient(app);
    if (user !== 'anonymous') {
      const username = user === 'other_authority' ? 'other.head' : user.replace(/_/g, '.');
      const signedIn = await client.signIn(username, TEST_PASSWORD);
      expect(signedIn.statusCode).toBe(302);
      await client.get('/');
    } else {
      await client.get('/sign-in');
    }
    const roles = roleOf(user);
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const [name, route] of Object.entries(ROUTES)) {
      const [method] = name.split(' ');
      const roleAllows =
        route.roles === 'public' ||
        (user !== 'anonymous' &&
          roles.some((r) => (route.roles as Role[]).includes(r)) &&
          // The other authority's user holds its roles there, not here.
          !(user === 'other_authority' && !route.child && /teams\/|alerts\//.test(name)));
      for (const child of route.child ? CHILDREN : ([null] as const)) {
        const url = route.path(fixtures, child ?? 'own');
        const response = method === 'GET' ? await client.get(url) : await client.post(url, route.form ?? {});
        // A public route answers a failed sign-in with 401; that is the route working, not a refusal.
        const refused =
          [403, 404, ...(route.roles === 'public' ? [] : [401])].includes(response.statusCode) ||
          (response.statusCode === 302 && String(response.headers.location).startsWith('/sign-in?next='));
        expect(response.statusCode, `${user} ${name} ${child ?? ''}`).toBeLessThan(500);
        const allowed = roleAllows && (child === null || SEES[user].includes(child));
        outcomes.push(`${name} ${child ?? ''}: ${refused ? 'refused' : 'allowed'}`);
        expected.push(`${name} ${child ?? ''}: ${allowed ? 'allowed' : 'refused'}`);
        if (refused && child) expect(response.body, `${user} ${name} ${child}`).not.toContain(FAMILY[child]);
      }
      if (name === 'GET /children' && roleAllows) {
        // The search lists exactly the children the user may see.
        const page = await client.get('/children?q=Matrixchild');
        const listed = CHILDREN.filter((c) => page.body.includes(FAMILY[c]));
        expect(listed, `${user} search`).toEqual(SEES[user]);
      }
    }
    expect(outcomes).toEqual(expected);
  });
});
