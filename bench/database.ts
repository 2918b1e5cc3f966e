import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { migrate } from '../src/db/migrate.ts';
import { connect, inAuthority, systemActor, type Actor, type Db, type Trx } from '../src/db/database.ts';
import type { ImportSummary } from '../src/returns/import-record.ts';
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

/**
 * An import on a synthetic authority (60,000 children by default; HEARTH_BENCH_POPULATION sets it): what
 * `exportFrom` makes of the seeded authority, imported into an empty one in one transaction by `importInto`,
 * then again (nothing to change); wall and CPU time and records per second. `what` names what was imported.
 */
export async function importBench<T>(
  exportFrom: (trx: Trx) => Promise<T>,
  importInto: (trx: Trx, actor: Actor, exported: T) => Promise<ImportSummary>,
  what: (exported: T) => string,
): Promise<void> {
  const laCode = '886';
  const population = Number(process.env.HEARTH_BENCH_POPULATION ?? 60_000);
  const source = await benchDatabase();
  const target = await benchDatabase();
  try {
    await seedWithUrl(source.server.ownerUrl, {
      laCode,
      population,
      years: 5,
      seed: 'bench',
      asAt: '2026-04-30',
    });
    const exported = await inAuthority(source.db, systemActor(laCode), exportFrom);
    await target.ownerDb.insertInto('local_authority').values({ la_code: laCode, name: 'Bench' }).execute();
    const { id } = await target.ownerDb
      .insertInto('app_user')
      .values({ username: 'migrator', display_name: 'Migrator' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await target.ownerDb
      .insertInto('user_role')
      .values({ la_code: laCode, user_id: id, role: 'administrator' })
      .execute();
    const actor = { laCode, userId: id, system: true as const };
    for (const run of ['first import', 'the same again']) {
      const cpu = process.cpuUsage();
      const a = performance.now();
      const summary = await inAuthority(target.db, actor, (trx) => importInto(trx, actor, exported));
      const wall = performance.now() - a;
      const used = process.cpuUsage(cpu);
      const records = Object.values({ ...summary.inserted, ...summary.unchanged }).reduce((n, c) => n + c, 0);
      const written = Object.values(summary.inserted).reduce((n, c) => n + c, 0);
      console.log(
        `${run}: ${what(exported)}, ` +
          `${records.toLocaleString('en-GB')} records (${written.toLocaleString('en-GB')} written) in ` +
          `${(wall / 1000).toFixed(1)} s, ${Math.round(records / (wall / 1000))} records/s; this process's CPU ` +
          `${((used.user + used.system) / 1e6).toFixed(1)} s; load average ${os.loadavg()[0]!.toFixed(1)}`,
      );
    }
  } finally {
    await source.close();
    await target.close();
  }
}
