import net from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { ensureDemoAuthority } from '../../src/demo.ts';
import { createTestDatabase, type TestDatabase } from '../database.ts';
import { buildTestApp } from '../web.ts';

/** Debian's chromium, never a downloaded browser; flags keep it off the network this machine does not have. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Asserts axe finds no WCAG 2.2 AA violations on the page as it stands. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** What a browser test file works against: its own database, the app serving it, and the browser. */
export interface ServedApp {
  database: TestDatabase;
  app: FastifyInstance;
  browser: Browser;
  /** The app's address, like http://127.0.0.1:40123. */
  base: string;
}

type AppConfig = Parameters<typeof buildTestApp>[1];

/** A port free on loopback now, for an app whose settings must name its own address before it listens. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * For one test file: a fresh database with the demo authority (and whatever `arrange` records), the app
 * listening on a free port, and Debian's chromium; all closed after the file's tests. The fields are filled
 * in before the first test runs. `config` is the app's settings, or a function of the port it will listen
 * on that gives them (for settings that name the app's own address).
 */
export function serveAppForBrowser(
  arrange?: (database: TestDatabase) => Promise<void>,
  config: AppConfig | ((port: number) => Promise<AppConfig>) = {},
): ServedApp {
  const served = {} as ServedApp;
  beforeAll(async () => {
    served.database = await createTestDatabase();
    await ensureDemoAuthority(served.database.ownerDb);
    await arrange?.(served.database);
    const port = typeof config === 'function' ? await freePort() : 0;
    served.app = await buildTestApp(
      served.database,
      typeof config === 'function' ? await config(port) : config,
    );
    served.base = await served.app.listen({ port, host: '127.0.0.1' });
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.app?.close();
    await served.database?.drop();
  });
  return served;
}
