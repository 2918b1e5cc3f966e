import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { arrangeUnauthorisedAssessment, demoActor } from '../../../../test/fixtures.ts';
import { arrangeRestriction } from '../../../../test/organisation.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';
import { SHEETS } from '../../../returns/annex-a/spec.ts';
import { ssda903Tables } from '../../../returns/readiness.ts';
import { SSD_SIDE_FILES, SSD_TABLES } from '../../../returns/ssd/spec.ts';

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
    // Every table at once, each as its own download gives it.
    expect(page.body).toContain('href="/returns/ssda903.zip?year=2025"');
    const zipped = await client.get('/returns/ssda903.zip?year=2025');
    expect(zipped.headers['content-type']).toBe('application/zip');
    expect(zipped.headers['content-disposition']).toBe(
      `attachment; filename="ssda903-${DEMO_AUTHORITY.laCode}-2025.zip"`,
    );
    const tables = await JSZip.loadAsync(zipped.rawPayload);
    expect(Object.keys(tables.files).sort()).toEqual(
      ssda903Tables(2025)
        .map((t) => `${t}.csv`)
        .sort(),
    );
    expect(await tables.file('Header.csv')!.async('string')).toBe(header.body);
    expect((await client.get('/returns/ssda903.zip?year=2019')).statusCode).toBe(404);

    // 2026/27: the SSDA903 with its DoLo table and rules; the CIN census checked to the 2025/26 specification,
    // which Hearth says, and not offered to download.
    const next = await client.get('/returns?year=2026');
    expect(next.body).toContain('Statutory returns 2026/27');
    // The test's clock is real: 2026/27 is in progress until 31 March 2027, and 2025/26 is over.
    if (new Date() < new Date('2027-03-31'))
      expect(next.body).toContain('The 2026/27 collection year is not over.');
    expect(page.body).not.toContain('collection year is not over');
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

  it('downloads Annex A, the SSD and the DfE API payload as at a date, each audited as the user’s', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    expect((await client.get('/returns')).body).toContain('href="/returns/as-at"');
    // The form starts at today.
    const form = await client.get('/returns/as-at');
    expect(form.statusCode).toBe(200);
    const [year, month, day] = todayInEngland().split('-').map(Number);
    for (const [part, value] of [
      ['day', day],
      ['month', month],
      ['year', year],
    ])
      expect(form.body).toMatch(new RegExp(`name="as_at-${part}" type="text" value="${value}"`));

    const asked = (kind: string, d: string, m: string, y: string) =>
      client.get(`/returns/as-at?export=${kind}&as_at-day=${d}&as_at-month=${m}&as_at-year=${y}`);
    const audits = async () =>
      database.ownerDb
        .selectFrom('audit_event')
        .select(['user_id', 'subject_id', 'detail'])
        .where('action', '=', 'export')
        .where('subject_type', '=', 'return')
        .orderBy('seq')
        .execute();
    const before = (await audits()).length;
    for (const [query, message] of [
      [['annex-a', '30', '2', '2026'], 'The date the record is read as at must be a real date'],
      [['annex-a', '1', '4', ''], 'The date the record is read as at must include a year'],
      [
        ['ssd', '1', '1', String(year! + 1)],
        'The date the record is read as at must be today or in the past',
      ],
      [['', '1', '4', '2026'], 'Select what to download'],
      [['census', '1', '4', '2026'], 'Select what to download from the list'],
    ] as const) {
      const refused = await asked(query[0], query[1], query[2], query[3]);
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('There is a problem');
      expect(refused.body).toContain(message);
      expect(refused.body).toContain('<title>Error: Returns as at a date');
    }
    expect(await audits()).toHaveLength(before);

    // The child's referral of 1 May 2025 and its assessment, as at 30 June 2025.
    const annexA = await asked('annex-a', '30', '6', '2025');
    expect(annexA.statusCode).toBe(200);
    expect(annexA.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(annexA.headers['content-disposition']).toBe(
      `attachment; filename="annex-a-${DEMO_AUTHORITY.laCode}-2025-06-30.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(annexA.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...SHEETS]);
    const referrals = workbook.getWorksheet('List 3')!;
    expect(referrals.getColumn(1).values).toContain(laChildId);

    const ssd = await asked('ssd', '30', '6', '2025');
    expect(ssd.headers['content-type']).toBe('application/zip');
    expect(ssd.headers['content-disposition']).toBe(
      `attachment; filename="ssd-${DEMO_AUTHORITY.laCode}-2025-06-30.zip"`,
    );
    const zip = await JSZip.loadAsync(ssd.rawPayload);
    expect(Object.keys(zip.files).sort()).toEqual(
      [...SSD_TABLES.keys(), ...SSD_SIDE_FILES.keys()].map((t) => `${t}.csv`).sort(),
    );
    const people = await zip.file('ssd_person.csv')!.async('string');
    expect(people.split('\r\n')[0]).toBe(SSD_TABLES.get('ssd_person')!.join(','));
    expect(people).toContain(laChildId);

    const api = await asked('dfe-api', '30', '6', '2025');
    expect(api.headers['content-type']).toBe('application/jsonl');
    const bodies = api.body
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { la_child_id: string }[]);
    expect(bodies.flat().map((c) => c.la_child_id)).toContain(laChildId);

    const analyst = await database.ownerDb
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'analyst')
      .executeTakeFirstOrThrow();
    const audited = (await audits()).slice(before);
    expect(audited.map((a) => [a.user_id, a.subject_id])).toEqual([
      [analyst.id, 'annex-a'],
      [analyst.id, 'ssd'],
      [analyst.id, 'dfe-api'],
    ]);
    expect(audited[0]!.detail).toMatchObject({
      criteria: { la: DEMO_AUTHORITY.laCode, as_at: '2025-06-30', via: 'returns page' },
    });

    // Not for practitioners.
    const worker = new TestClient(app);
    await worker.signIn('practitioner', DEMO_PASSWORD);
    expect(
      (await worker.get('/returns/as-at?export=ssd&as_at-day=30&as_at-month=6&as_at-year=2025')).statusCode,
    ).toBe(403);
    expect(await audits()).toHaveLength(before + 3);
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
