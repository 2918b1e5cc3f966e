import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordStep } from '../../src/casework/recording.ts';
import { stepById } from '../../src/casework/steps/index.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD, ensureDemoAuthority } from '../../src/demo.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';
import { arrangeChild, dateInput } from '../fixtures.ts';
import { buildTestApp } from '../web.ts';
import { expectAccessible, launchBrowser } from './browser.ts';

let database: TestDatabase;
let app: FastifyInstance;
let browser: Browser;
let base: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await ensureDemoAuthority(database.ownerDb);
  const user = await database.ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'practitioner')
    .executeTakeFirstOrThrow();
  const actor = { laCode: DEMO_AUTHORITY.laCode, userId: user.id };
  for (const [name, start, authorised] of [
    ['Ava', '2025-03-10', '2025-05-15'],
    ['Ben', '2025-03-10', '2025-05-16'],
  ] as const) {
    const child = await arrangeChild(database.db, actor, { given_name: name, family_name: 'Hart' });
    await recordStep(
      database.db,
      actor,
      child,
      stepById('referral')!,
      { ...dateInput('referral_date', start), source: '6', nfa: 'no' },
      start,
    );
    await recordStep(
      database.db,
      actor,
      child,
      stepById('assessment-start')!,
      dateInput('start_date', start),
      start,
    );
    await recordStep(
      database.db,
      actor,
      child,
      stepById('assessment-complete')!,
      {
        ...dateInput('authorised_date', authorised),
        factors: ['21'],
        outcome: 'cin_plan',
      },
      authorised,
    );
  }
  app = await buildTestApp(database);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.drop();
});

describe('performance in a browser', () => {
  it('goes from the dashboard to an indicator, its drill-down, the scrutiny report and the weekly reports', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.goto(`${base}/performance?month=2025-05`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Performance: May 2025',
    );
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Assessments completed within 45 working days' }).click();
    await expect(page.locator('svg.hearth-chart title').textContent()).resolves.toContain(
      'Assessments completed within 45 working days',
    );
    await expectAccessible(page);

    await page.getByRole('link', { name: /^May 2025/ }).click();
    // 10 March to 15 May 2025 is 45 working days; to 16 May, 46.
    await expect(page.locator('.govuk-body-l').textContent()).resolves.toContain('50%: 1 of 2');
    await expect(page.getByRole('table', { name: /Counted \(1\)/ }).textContent()).resolves.toContain('45');
    await expect(page.getByRole('table', { name: /Not counted \(1\)/ }).textContent()).resolves.toContain(
      '46',
    );
    await expectAccessible(page);

    await page.goto(`${base}/performance/scrutiny?month=2025-05`);
    await expectAccessible(page);
    await page.getByLabel('Analysis').first().fill('Referrals rose after the schools returned.');
    await page.getByRole('button', { name: 'Save Front door and referrals commentary' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Analysis and actions saved',
    );
    await page.goto(`${base}/performance/scrutiny?month=2025-05`);
    await expect(page.getByLabel('Analysis').first().inputValue()).resolves.toBe(
      'Referrals rose after the schools returned.',
    );
    await expectAccessible(page);

    await page.goto(`${base}/performance/caseloads`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Caseloads on /);
    await expectAccessible(page);
    await page.goto(`${base}/performance/overdue-visits`);
    await expectAccessible(page);
  }, 600_000);
});
