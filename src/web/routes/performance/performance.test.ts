import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/database.ts';
import { arrangeChild, dateInput } from '../../../../test/fixtures.ts';
import { buildTestApp, TestClient } from '../../../../test/web.ts';
import { recordStep } from '../../../casework/recording.ts';
import { stepById } from '../../../casework/steps/index.ts';
import { inAuthority, systemActor } from '../../../db/database.ts';
import { CATALOGUE } from '../../../indicators/catalogue/index.ts';
import { monthsEnding } from '../../../indicators/period.ts';
import { lastCompleteMonth, prepareDashboards } from './index.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../../demo.ts';

let database: TestDatabase;
let app: FastifyInstance;
let childId: string;
beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  app = await buildTestApp(database);
  const analyst = await database.ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'practitioner')
    .executeTakeFirstOrThrow();
  const actor = { laCode: DEMO_AUTHORITY.laCode, userId: analyst.id };
  childId = await arrangeChild(database.db, actor, { given_name: 'Isla', family_name: 'Reed' });
  const r = await recordStep(
    database.db,
    actor,
    childId,
    stepById('referral')!,
    { ...dateInput('referral_date', '2025-03-10'), source: '6', nfa: 'no' },
    '2025-03-10',
  );
  expect(r.ok).toBe(true);
  const a = await recordStep(
    database.db,
    actor,
    childId,
    stepById('assessment-start')!,
    { ...dateInput('start_date', '2025-03-10') },
    '2025-03-10',
  );
  expect(a).toMatchObject({ ok: true });
  const done = await recordStep(
    database.db,
    actor,
    childId,
    stepById('assessment-complete')!,
    {
      ...dateInput('authorised_date', '2025-05-16'),
      factors: ['21'],
      outcome: 'cin_plan',
    },
    '2025-05-16',
  );
  expect(done).toMatchObject({ ok: true });
  await inAuthority(database.ownerDb, actor, (trx) =>
    trx
      .insertInto('indicator_target')
      .values({
        la_code: '999',
        indicator_id: 'assessments_45wd_pct',
        year: 2025,
        target: '90',
        tolerance: '5',
      })
      .execute(),
  );
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('performance pages', () => {
  it('shows the dashboard, an indicator with its trend, and the children behind a figure', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    const dashboard = await client.get('/performance?month=2025-05');
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.body).toContain('Performance: May 2025');
    expect(dashboard.body).toContain('Assessments completed within 45 working days');
    // 46 working days from 10 March to 16 May 2025: not in time, 0% against a 90% target: red.
    expect(dashboard.body).toMatch(/0%<\/p>\s*<p class="govuk-body-s govuk-!-margin-bottom-1">\s*Target 90%/);

    const page = await client.get('/performance/indicators/assessments_45wd_pct?month=2025-05');
    expect(page.body).toContain('<svg class="hearth-chart"');
    expect(page.body).toContain('Target: 90%');
    const drill = await client.get('/performance/indicators/assessments_45wd_pct/2025-05');
    expect(drill.body).toContain('Not counted (1)');
    expect(drill.body).toContain('46');
    expect(drill.body).toContain(`/children/${childId}`);
  });

  it('is not for practitioners', async () => {
    const client = new TestClient(app);
    await client.signIn('practitioner', DEMO_PASSWORD);
    expect((await client.get('/performance')).statusCode).toBe(403);
  });
});

describe('the scrutiny report', () => {
  it('keeps the analysis written for a month, and exports the report as XLSX', async () => {
    const client = new TestClient(app);
    await client.signIn('analyst', DEMO_PASSWORD);
    const report = await client.get('/performance/scrutiny?month=2025-05');
    expect(report.statusCode).toBe(200);
    expect(report.body).toContain('What the data tells us: May 2025');
    expect(report.body).toContain('Assessment');
    const saved = await client.post('/performance/scrutiny/assessment', {
      month: '2025-05',
      analysis: 'Timeliness fell as two workers left.',
      actions: 'Agency cover from June.',
    });
    expect(saved.headers.location).toBe('/performance/scrutiny?month=2025-05#assessment');
    const again = await client.get('/performance/scrutiny?month=2025-05');
    expect(again.body).toContain('Timeliness fell as two workers left.');
    expect((await client.get('/performance/scrutiny?month=2025-04')).body).not.toContain('Timeliness fell');

    const xlsx = await client.get('/performance/scrutiny.xlsx?month=2025-05');
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('lets team managers read but not write it', async () => {
    const client = new TestClient(app);
    await client.signIn('manager', DEMO_PASSWORD);
    const page = await client.get('/performance/scrutiny?month=2025-05');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('Save Assessment commentary');
    expect(
      (await client.post('/performance/scrutiny/assessment', { month: '2025-05', analysis: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('the weekly reports', () => {
  it('shows caseloads per team against target and the overdue visits by category and reason', async () => {
    const client = new TestClient(app);
    await client.signIn('manager', DEMO_PASSWORD);
    const caseloads = await client.get('/performance/caseloads?date=2025-06-02');
    expect(caseloads.statusCode).toBe(200);
    expect(caseloads.body).toContain('Caseloads on 2 June 2025');
    expect(caseloads.body).toContain('Children&#39;s Safeguarding Team 1');
    expect(caseloads.body).toContain('No case-holding worker has 30 or more children.');
    const overdue = await client.get('/performance/overdue-visits?date=2025-06-02');
    expect(overdue.statusCode).toBe(200);
    expect(overdue.body).toContain('Overdue visits on 2 June 2025');
    expect(overdue.body).toContain('By recorded reason');
    expect((await client.get('/performance/caseloads?date=2999-01-01')).statusCode).toBe(404);
  });
});

describe('preparing the dashboards when Hearth starts', () => {
  it('reads each authority and works out the dashboard’s months before anyone asks', async () => {
    const fresh = await buildTestApp(database);
    try {
      const actor = systemActor(DEMO_AUTHORITY.laCode);
      const periods = monthsEnding(lastCompleteMonth().end, 12);
      await prepareDashboards(fresh, [DEMO_AUTHORITY.laCode]);
      // A model read now, on asking, would be read at `asked` or later.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const asked = Date.now();
      const { model, figures } = await fresh.journeyModels.figures(actor, periods);
      expect(fresh.journeyModels.readAt(model)!.getTime()).toBeLessThan(asked);
      expect(figures).toHaveLength(CATALOGUE.length * 12);
    } finally {
      await fresh.close();
    }
  });
});
