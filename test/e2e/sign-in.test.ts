import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo.ts';
import { expectAccessible, serveAppForBrowser } from './browser.ts';

const served = serveAppForBrowser();

describe('signing in and out in a browser', () => {
  it('signs in, shows the home page, and signs out, with no accessibility violations', async () => {
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${served.base}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Sign in to Hearth');
    await expect(page.getByRole('heading', { name: 'Demo accounts' }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.govuk-error-summary').textContent()).resolves.toContain(
      'Enter your username',
    );
    await expect(page.title()).resolves.toBe('Error: Sign in – Hearth');
    await expectAccessible(page);

    await page.getByLabel('Username').fill('practitioner');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${served.base}/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome, Priya Shah');
    await expect(page.locator('header').textContent()).resolves.toContain(
      'Hearthshire County Council (demo)',
    );
    await expect(page.locator('header').textContent()).resolves.toContain('Hearth');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\?signed_out=1$/);
    await expect(page.locator('.govuk-notification-banner').textContent()).resolves.toContain(
      'You have signed out',
    );
    await expectAccessible(page);

    await page.goto(`${served.base}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
