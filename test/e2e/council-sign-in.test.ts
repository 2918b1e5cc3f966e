import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestIdentityProvider } from '../identity-provider.ts';
import { expectAccessible, serveAppForBrowser } from './browser.ts';

const hearth = { clientId: 'hearth', clientSecret: 'hearth-test-secret-0123456789abcdef' };
let idp: TestIdentityProvider;
let origin = '';

/**
 * Hearth is reached as http://localhost:PORT and the provider as http://127.0.0.1:PORT, two different sites,
 * so the return from the provider is a cross-site navigation, as it is from Microsoft Entra ID.
 */
const served = serveAppForBrowser(undefined, async (port) => {
  origin = `http://localhost:${port}`;
  idp = new TestIdentityProvider([hearth], `${origin}/sign-in/council/callback`);
  await idp.start();
  return { oidc: [idp.settings(hearth, 'Hearthshire County Council')] };
});

beforeAll(async () => {
  const { ownerDb } = served.database;
  const priya = await ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'practitioner')
    .executeTakeFirstOrThrow();
  await ownerDb
    .insertInto('user_identity')
    .values({ issuer: idp.issuer, subject: 'priya-at-hearthshire', user_id: priya.id })
    .execute();
});

afterAll(async () => {
  await idp?.stop();
});

describe('signing in with a council account in a browser', () => {
  it('goes to the provider and back, signed in, to the page first asked for', async () => {
    idp.subject = 'priya-at-hearthshire';
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${origin}/children`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.waitForURL(`${origin}/children`);
    await expect(page.locator('header').textContent()).resolves.toContain('Priya Shah');
    await expectAccessible(page);
  });

  it('shows an unlinked account the reference to give an administrator', async () => {
    idp.subject = 'someone-not-linked';
    const page = await (await served.browser.newContext()).newPage();
    await page.goto(`${origin}/sign-in`);
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.waitForURL(/\/sign-in\/council\/callback/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You could not be signed in',
    );
    await expect(page.locator('main').textContent()).resolves.toContain('someone-not-linked');
    await expectAccessible(page);
    await page.goto(`${origin}/`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});
