// Developer tool: time reading the journey model of an existing data directory (HEARTH_DATA_DIR), wall and CPU.
// `node --import tsx bench/read-model.ts LA [times]`; add --cpu-prof before --import for a CPU profile.
import { readConfig } from '../src/config.ts';
import { connect, inAuthority, systemActor } from '../src/db/database.ts';
import { openDatabaseServer } from '../src/db/server.ts';
import { loadJourneyModel } from '../src/indicators/model.ts';

const server = await openDatabaseServer(readConfig(), 'command');
const db = connect(server.appUrl);
try {
  const la = process.argv[2] ?? '999';
  const times = Number(process.argv[3] ?? '1');
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const model = await inAuthority(db, systemActor(la), (trx) => loadJourneyModel(trx, la));
    const used = process.cpuUsage(cpu);
    console.log(
      `model read in ${(performance.now() - started).toFixed(0)} ms (${((used.user + used.system) / 1000).toFixed(0)} ms CPU here), ${model.children.length} children`,
    );
  }
} finally {
  await db.destroy();
  await server.stop();
}
