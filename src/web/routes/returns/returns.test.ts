import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { arrangeUnauthorisedAssessment, demoActor } from '../../../../test/fixtures.ts';
import { arrangeRestriction } from '../../../../test/organisation.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';

let database: TestDatabase;
let app: FastifyInstance;
let childId: string;
let laChildId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
  const actor = await demoActor(database.ownerDb, 'practitioner');
  childId = await arrangeUnauthorisedAssessment(database.db, actor, {
    given_name: 'Noor',
    family_name: 'Ali',
  });
  laChildId = (
    await database.ownerDb
      .selectFrom('person')
      .select('la_child_id')
      .where('id', '=', childId)
      .executeTakeFirstOrThrow()
  ).la_child_id;
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('the returns page', () => {
  it('checks each return built from the record, lists failures by rule with the children behind them', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    const page = await client.get('/returns?year=2025');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Statutory returns 2025/26');
    expect(page.body).toContain('SSDA903: children looked after');
    expect(page.body).toContain('Children in need census');
    // The 21 SSDA903 rules that need the postcode lookup and Ofsted's lists are said not to be checked.
    expect(page.body).toMatch(/<dd[^>]*>\s*290\s*<\/dd>/);
    expect(page.body).toContain('21 more rules (1008,');
    expect(page.body).toContain('need the ONS postcode lookup and Ofsted&#39;s provider lists');
    expect(page.body).toContain('/returns/cin-census/rules/8670Q?year=2025');

    const rule = await client.get('/returns/cin-census/rules/8670Q?year=2025');
    expect(rule.statusCode).toBe(200);
    expect(rule.body).toContain(`<a class="govuk-link" href="/children/${childId}">${laChildId}</a>`);
    expect((await client.get('/returns/cin-census/rules/NOSUCH?year=2025')).statusCode).toBe(404);
    const passing = await client.get('/returns/cin-census/rules/8840?year=2025');
    expect(passing.statusCode).toBe(200);
    expect(passing.body).toContain('No record failed this rule when the figures were taken.');
    expect((await client.get('/returns?year=2019')).statusCode).toBe(404);

    const xml = await client.get('/returns/cin-census/download?year=2025');
    expect(xml.headers['content-type']).toContain('application/xml');
    expect(xml.body).toContain(`<LAchildID>${laChildId}</LAchildID>`);
    expect(xml.body).toContain('<CINreferralDate>2025-05-01</CINreferralDate>');

    const header = await client.get('/returns/ssda903/Header.csv?year=2025');
    expect(header.headers['content-type']).toContain('text/csv');
    expect(header.body).toBe('CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n');
    expect((await client.get('/returns/ssda903/Nonsense.csv?year=2025')).statusCode).toBe(404);

    // 2026/27: the SSDA903 with its DoLo table and rules; the CIN census checked to the 2025/26 specification,
    // which Hearth says, and not offered to download.
    const next = await client.get('/returns?year=2026');
    expect(next.body).toContain('Statutory returns 2026/27');
    expect(next.body).toContain('<a class="govuk-link" href="/returns?year=2025">2025/26</a>');
    expect(next.body).toMatch(/<dd[^>]*>\s*301\s*<\/dd>/);
    expect(next.body).toContain('/returns/ssda903/DoLo.csv?year=2026');
    expect(next.body).toContain('this return is built and checked to the 2025/26 specification and rules');
    expect(next.body).not.toContain('/returns/cin-census/download?year=2026');
    expect((await client.get('/returns/cin-census/download?year=2026')).statusCode).toBe(404);
    expect((await client.get('/returns/ssda903/DoLo.csv?year=2025')).statusCode).toBe(404);
    const dolo = await client.get('/returns/ssda903/DoLo.csv?year=2026');
    expect(dolo.body).toBe('CHILD,DOB,DOLO_START,DOLO_END\n');

    const audited = await database.ownerDb
      .selectFrom('audit_event')
      .select('action')
      .where('action', 'in', ['returns_checked', 'returns_rule_viewed', 'export'])
      .execute();
    expect(audited.map((a) => a.action).sort()).toEqual([
      'export',
      'export',
      'export',
      'returns_checked',
      'returns_checked',
      'returns_rule_viewed',
      'returns_rule_viewed',
    ]);
  });

  it('reads the figures from the kept checks, says when they were taken, and takes them again after a change', async () => {
    const client = new TestClient(app);
    await client.signIn('head', DEMO_PASSWORD);
    const first = await client.get('/returns');
    expect(first.body).toMatch(/Figures taken at \d\d:\d\d on \d{1,2} [A-Z][a-z]+ \d{4}\./);
    const begun = app.returnChecks.checksBegun.get(DEMO_AUTHORITY.laCode);
    expect(begun).toBeGreaterThan(0);
    // While nothing changes, the pages read the same checks.
    await client.get('/returns');
    expect((await client.get('/returns/cin-census/rules/8670Q')).body).toContain('Rule 8670Q: 1 failure<');
    expect(app.returnChecks.checksBegun.get(DEMO_AUTHORITY.laCode)).toBe(begun);

    // A step recorded for another child starts a check, and the rule's page lists the child once it is done.
    const actor = await demoActor(database.ownerDb, 'practitioner');
    const another = await arrangeUnauthorisedAssessment(database.db, actor, {
      given_name: 'Kit',
      family_name: 'Lee',
    });
    await app.returnChecks.settled(DEMO_AUTHORITY.laCode);
    expect(app.returnChecks.checksBegun.get(DEMO_AUTHORITY.laCode)).toBeGreaterThan(begun!);
    const rule = await client.get('/returns/cin-census/rules/8670Q');
    expect(rule.body).toContain(`href="/children/${another}"`);
    expect(rule.body).toContain('Rule 8670Q: 2 failures');
  });

  it('is not for practitioners or administrators', async () => {
    for (const username of ['practitioner', 'admin']) {
      const client = new TestClient(app);
      await client.signIn(username, DEMO_PASSWORD);
      expect((await client.get('/returns')).statusCode).toBe(403);
      expect((await client.get('/returns/cin-census/download')).statusCode).toBe(403);
      expect((await client.get('/returns/ssda903/Header.csv')).statusCode).toBe(403);
    }
  });

  it('names on the rule page only the children the user may open, from the same kept checks', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    const before = await client.get('/returns/cin-census/rules/8670Q');
    expect(before.body).toContain(`href="/children/${childId}"`);
    const begun = app.returnChecks.checksBegun.get(DEMO_AUTHORITY.laCode);
    await arrangeRestriction(database.ownerDb, DEMO_AUTHORITY.laCode, childId);
    const after = await client.get('/returns/cin-census/rules/8670Q');
    expect(after.body).not.toContain(`href="/children/${childId}"`);
    expect(after.body).toContain('1 more failure is in the records of children you may not open.');
    expect(app.returnChecks.checksBegun.get(DEMO_AUTHORITY.laCode)).toBe(begun);
  });
});
