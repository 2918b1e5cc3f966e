import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../src/db/migrate.ts';
import { ensureDatabase, openDatabaseServer, withDatabase } from '../src/db/server.ts';
import { assetsAreBuilt, buildAssets } from '../src/web/assets/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's owner URL for the migrated template database, and the app role's password. */
    testDatabase: { templateUrl: string; appPassword: string };
  }
}

/**
 * One embedded PostgreSQL for the whole run, in a temporary directory, with a migrated template database
 * that each test file clones (test/database.ts). fsync is off: these databases are thrown away.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!assetsAreBuilt()) buildAssets();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-test-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await openDatabaseServer(
    { databaseUrl: undefined, appDatabaseUrl: undefined, dataDir },
    'command',
    {
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    },
  );
  const templateUrl = withDatabase(server.ownerUrl, 'hearth_template');
  await ensureDatabase(templateUrl);
  const appPassword = decodeURIComponent(new URL(server.appUrl).password);
  await migrate(templateUrl, appPassword);
  project.provide('testDatabase', { templateUrl, appPassword });
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
