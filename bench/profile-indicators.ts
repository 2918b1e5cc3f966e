// Developer tool: time each indicator over 13 months on an existing data directory (HEARTH_DATA_DIR).
import { readConfig } from '../src/config.ts';
import { connect, inAuthority, systemActor } from '../src/db/database.ts';
import { openDatabaseServer } from '../src/db/server.ts';
import { CATALOGUE } from '../src/indicators/catalogue/index.ts';
import { loadJourneyModel } from '../src/indicators/model.ts';
import { monthsEnding } from '../src/indicators/period.ts';

const server = await openDatabaseServer(readConfig(), 'command');
const db = connect(server.appUrl);
try {
  const la = process.argv[2] ?? '999';
  const loadStarted = performance.now();
  const loadCpu = process.cpuUsage();
  const model = await inAuthority(db, systemActor(la), (trx) => loadJourneyModel(trx, la));
  const loadUsed = process.cpuUsage(loadCpu);
  console.log(
    `model read in ${(performance.now() - loadStarted).toFixed(0)} ms (${((loadUsed.user + loadUsed.system) / 1000).toFixed(0)} ms CPU here)`,
  );
  const periods = monthsEnding(process.argv[3] ?? '2026-10-31', 13);
  const firstStarted = process.cpuUsage();
  for (const indicator of CATALOGUE) for (const p of periods) indicator.compute(model, p);
  const first = process.cpuUsage(firstStarted);
  console.log(`first pass (builds the indexes): ${((first.user + first.system) / 1000).toFixed(0)} ms CPU`);
  const times = CATALOGUE.map((indicator) => {
    const started = process.cpuUsage();
    for (const p of periods) indicator.compute(model, p);
    const used = process.cpuUsage(started);
    return [indicator.id, (used.user + used.system) / 1000] as const;
  }).sort((a, b) => b[1] - a[1]);
  for (const [id, ms] of times.slice(0, Number(process.env.PROFILE_TOP ?? 20)))
    console.log(`${ms.toFixed(0).padStart(7)} ms CPU  ${id}`);
  console.log(
    `${times.reduce((s, [, ms]) => s + ms, 0).toFixed(0)} ms in all, ${model.children.length} children`,
  );
} finally {
  await db.destroy();
  await server.stop();
}
