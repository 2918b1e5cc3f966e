import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo.ts';
import { expectAccessible, serveAppForBrowser } from './browser.ts';

/** Never contacted here: only the pages that offer and refuse a council sign-in are checked. */
const OIDC = {
  oidc: [
    {
      id: 'council',
      issuer: 'https://login.microsoftonline.com/11111111-2222-4333-8444-555555555555/v2.0',
      clientId: 'hearth',
      clientSecret: 'not-used-here',
      redirectUrl: 'http://127.0.0.1/sign-in/council/callback',
      label: 'Hearthshire County Council',
    },
  ],
};

/** The demo administrator also administers a second authority, as in a shared service. */
const served = serveAppForBrowser(async ({ ownerDb }) => {
  await ownerDb.insertInto('local_authority').values({ la_code: '873', name: 'Cambridgeshire' }).execute();
  const admin = await ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  await ownerDb
    .insertInto('user_role')
    .values({ la_code: '873', user_id: admin.id, role: 'administrator' })
    .execute();
}, OIDC);

describe('administering users and switching authority in a browser', () => {
  it('switches authority, adds a user, changes their roles and ends their sessions, with no accessibility violations', async () => {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.base}/sign-in`);
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL(`${served.base}/`);
    await expect(page.locator('header').textContent()).resolves.toContain('Alex Morgan, Cambridgeshire');

    await page.getByRole('link', { name: 'Switch authority' }).click();
    await page.waitForURL(`${served.base}/switch-authority`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Which authority do you want to work in?',
    );
    await expectAccessible(page);
    await page.getByLabel('Hearthshire County Council (demo)').check();
    await page.getByRole('button', { name: 'Switch authority' }).click();
    await page.waitForURL(`${served.base}/`);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'You are working in Hearthshire County Council (demo).',
    );
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Users' }).click();
    await page.waitForURL(`${served.base}/users`);
    await expect(page.getByRole('table').textContent()).resolves.toContain('Priya Shah');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Give an existing user access' }).click();
    await page.waitForURL(`${served.base}/users/existing`);
    await page.getByRole('button', { name: 'Give access' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter their username',
    );
    await expectAccessible(page);
    await page.goto(`${served.base}/users`);

    await page.getByRole('button', { name: 'Add a user' }).click();
    await page.waitForURL(`${served.base}/users/new`);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add user' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Select at least one role',
    );
    await expect(page.title()).resolves.toBe('Error: Add a user – Hearth');
    await expectAccessible(page);

    await page.getByLabel('Full name').fill('Grace Adeyemi');
    await page.getByLabel('Username').fill('grace.adeyemi');
    await page.getByLabel('Practitioner').check();
    await page.getByRole('radio', { name: 'A Hearth password' }).check();
    await page.getByLabel('Password, if they will use a Hearth password').fill('a-long-enough-password');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Grace Adeyemi added.',
    );
    await expectAccessible(page);

    await page.getByLabel('Team manager').check();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      "Grace Adeyemi's roles saved.",
    );
    await expect(page.getByLabel('Team manager').isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'End their sessions' }).click();
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'Grace Adeyemi had no sessions.',
    );
    await page.getByRole('button', { name: 'Disable account' }).click();
    await expect(page.locator('.govuk-summary-list').textContent()).resolves.toContain('Disabled');
    await expectAccessible(page);
  }, 120_000);

  it('offers the council account on the sign-in page and explains a refused sign-in, accessibly', async () => {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.base}/sign-in`);
    await expect(
      page.getByRole('button', { name: 'Sign in with your council account' }).isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page);
    await page.goto(`${served.base}/sign-in/council/callback?code=stolen&state=guessed`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You could not be signed in',
    );
    await expect(page.locator('main').textContent()).resolves.toContain('This sign-in has already been used');
    await expectAccessible(page);
  });
});
