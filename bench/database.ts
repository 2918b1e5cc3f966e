import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { migrate } from '../src/db/migrate.ts';
import { connect, type Db } from '../src/db/database.ts';
import { openDatabaseServer, type DatabaseServer } from '../src/db/server.ts';
import { seedWithUrl } from '../src/synth/seed.ts';

/** A throwaway embedded PostgreSQL, migrated, for one benchmark. */
export async function benchDatabase(): Promise<{
  server: DatabaseServer;
  db: Db;
  ownerDb: Db;
  close(): Promise<void>;
}> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hearth-bench-'));
  fs.chmodSync(dataDir, 0o755);
  const server = await openDatabaseServer(
    { databaseUrl: undefined, appDatabaseUrl: undefined, dataDir },
    'command',
  );
  await migrate(server.ownerUrl, decodeURIComponent(new URL(server.appUrl).password));
  const db = connect(server.appUrl, { max: 10 });
  const ownerDb = connect(server.ownerUrl, { max: 4 });
  return {
    server,
    db,
    ownerDb,
    async close() {
      await db.destroy();
      await ownerDb.destroy();
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Seeds the benchmarks' large authority, 340,000 children with 10 years of history, and analyses it. */
export async function seedLargeAuthority(
  bench: Awaited<ReturnType<typeof benchDatabase>>,
  laCode: string,
  asAt: string,
): Promise<void> {
  await seedWithUrl(bench.server.ownerUrl, { laCode, population: 340_000, years: 10, seed: 'bench', asAt });
  await sql`ANALYZE`.execute(bench.ownerDb);
}
