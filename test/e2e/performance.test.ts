import { describe, expect, it } from 'vitest';
import { recordStep } from '../../src/casework/recording.ts';
import { stepById } from '../../src/casework/steps/index.ts';
import { DEMO_AUTHORITY, DEMO_PASSWORD } from '../../src/demo.ts';
import { arrangeChild, dateInput } from '../fixtures.ts';
import { expectAccessible, serveAppForBrowser } from './browser.ts';

const served = serveAppForBrowser(async (database) => {
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
});

describe('performance in a browser', () => {
  it('goes from the dashboard to an indicator, its drill-down, the scrutiny report and the weekly reports', async () => {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.base}/sign-in`);
    await page.getByLabel('Username').fill('analyst');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.goto(`${served.base}/performance?month=2025-05`);
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

    await page.goto(`${served.base}/performance/scrutiny?month=2025-05`);
    await expectAccessible(page);
    await page.getByLabel('Analysis').first().fill('Referrals rose after the schools returned.');
    await page.getByRole('button', { name: 'Save Front door and referrals commentary' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Analysis and actions saved',
    );
    await page.goto(`${served.base}/performance/scrutiny?month=2025-05`);
    await expect(page.getByLabel('Analysis').first().inputValue()).resolves.toBe(
      'Referrals rose after the schools returned.',
    );
    await expectAccessible(page);

    await page.goto(`${served.base}/performance/caseloads`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/^Caseloads on /);
    await expectAccessible(page);
    await page.goto(`${served.base}/performance/overdue-visits`);
    await expectAccessible(page);

    await page.goto(`${served.base}/returns`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Statutory returns 2026/27',
    );
    await expectAccessible(page);
    // Annex A as at a date: a date that is not real is named in the error summary, then the workbook downloads.
    await page.getByRole('link', { name: /download Ofsted’s Annex A/ }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Returns as at a date');
    await expectAccessible(page);
    await page.getByLabel('Ofsted’s Annex A workbook').check();
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Download' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'The date the record is read as at must be a real date',
    );
    await expectAccessible(page);
    await page.getByLabel('Day').fill('28');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    expect((await download).suggestedFilename()).toBe(`annex-a-${DEMO_AUTHORITY.laCode}-2026-02-28.xlsx`);

    await page.goto(`${served.base}/returns`);
    await page.locator('a[href^="/returns/cin-census/rules/"]').first().click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(
      /^Rule \S+: \d+ failures?$/,
    );
    await expectAccessible(page);
  }, 600_000);
});
