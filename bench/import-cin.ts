import os from 'node:os';
import { inAuthority, systemActor } from '../src/db/database.ts';
import { exportCinCensus } from '../src/returns/cin-census/export.ts';
import { importCinCensus } from '../src/returns/cin-census/import.ts';
import { readCinCensusXml } from '../src/returns/cin-census/read.ts';
import { writeCinCensusXml } from '../src/returns/cin-census/xml.ts';
import { seedWithUrl } from '../src/synth/seed.ts';
import { benchDatabase } from './database.ts';

const POPULATION = Number(process.env.HEARTH_BENCH_POPULATION ?? 60_000);
const OPTIONS = {
  laCode: '886',
  population: POPULATION,
  years: 5,
  seed: 'bench',
  asAt: '2026-04-30',
} as const;

/**
 * `hearth import cin-census` on a synthetic authority (60,000 children by default; HEARTH_BENCH_POPULATION
 * sets it): the 2025/26 census exported to XML, read, and imported into an empty authority in one
 * transaction; then imported again (nothing to change), wall and CPU time and records per second.
 */
export async function importCin(): Promise<void> {
  const source = await benchDatabase();
  const target = await benchDatabase();
  try {
    await seedWithUrl(source.server.ownerUrl, OPTIONS);
    const data = await inAuthority(source.db, systemActor(OPTIONS.laCode), (trx) =>
      exportCinCensus(trx, 2025),
    );
    const xml = writeCinCensusXml(data);
    await target.ownerDb
      .insertInto('local_authority')
      .values({ la_code: OPTIONS.laCode, name: 'Bench' })
      .execute();
    const { id } = await target.ownerDb
      .insertInto('app_user')
      .values({ username: 'migrator', display_name: 'Migrator' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await target.ownerDb
      .insertInto('user_role')
      .values({ la_code: OPTIONS.laCode, user_id: id, role: 'administrator' })
      .execute();
    const actor = { laCode: OPTIONS.laCode, userId: id, system: true as const };
    for (const run of ['first import', 'same file again']) {
      const cpu = process.cpuUsage();
      const a = performance.now();
      const file = { file: 'cin.xml', data: readCinCensusXml(xml, 'cin.xml', 2025) };
      const summary = await inAuthority(target.db, actor, (trx) => importCinCensus(trx, actor, [file]));
      const wall = performance.now() - a;
      const used = process.cpuUsage(cpu);
      const records = Object.values({ ...summary.inserted, ...summary.unchanged }).reduce((n, c) => n + c, 0);
      const written = Object.values(summary.inserted).reduce((n, c) => n + c, 0);
      console.log(
        `${run}: ${data.tables.ChildIdentifiers!.length.toLocaleString('en-GB')} children, ` +
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
