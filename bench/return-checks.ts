import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ensureDemoAuthority } from '../src/demo.ts';
import { recordsChanged } from '../src/db/changes.ts';
import { checkReturns, ReturnChecksCache } from '../src/returns/checks-cache.ts';
import { seedDemoAuthority } from '../src/synth/demo.ts';
import { benchDatabase } from './database.ts';

const LA = '999';
const ms = (n: number) => `${Math.round(n)} ms`;

/**
 * The return checks behind the child's page, on the demo authority (Hearthshire, as `hearth start --demo`
 * seeds it): the whole-authority check (both returns for 2025/26, every DfE rule) three times, wall and
 * CPU time; then how long a child's page waits for the cache after a recorded change (at most its patience).
 */
export async function returnChecks(): Promise<void> {
  const bench = await benchDatabase();
  try {
    await ensureDemoAuthority(bench.ownerDb);
    await seedDemoAuthority(bench.ownerDb, { asAt: '2026-03-31' });
    for (let i = 0; i < 3; i++) {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const checks = await checkReturns(bench.db, LA, 2025);
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(cpu0);
      const findings = [...checks.byChild.values()].reduce((n, f) => n + f.length, 0);
      console.log(
        `check ${i + 1}: ${ms(wall)} wall, ${ms((cpu.user + cpu.system) / 1000)} CPU; ` +
          `${checks.byChild.size.toLocaleString('en-GB')} children with a failing rule, ${findings.toLocaleString('en-GB')} child-rule failures`,
      );
    }
    const cache = new ReturnChecksCache(bench.db);
    let t0 = performance.now();
    await cache.get(LA);
    console.log(`cache: first get (awaited) ${ms(performance.now() - t0)}`);
    recordsChanged(LA, 'bench');
    t0 = performance.now();
    await cache.get(LA);
    console.log(
      `cache: get just after a change (answered within its patience) ${ms(performance.now() - t0)}`,
    );
    t0 = performance.now();
    await cache.settled(LA);
    console.log(`cache: until the change is checked ${ms(performance.now() - t0)} more`);
    // How long other requests can be kept waiting by a check in the background: the longest stretch the
    // event loop was busy during one.
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    recordsChanged(LA, 'bench');
    await cache.settled(LA);
    delay.disable();
    console.log(
      `cache: a background check kept the event loop busy for at most ${ms(delay.max / 1e6)} at a stretch`,
    );
    await cache.close();
  } finally {
    await bench.close();
  }
}
