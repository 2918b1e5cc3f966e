import os from 'node:os';
import { seedWithUrl } from '../src/synth/seed.ts';
import { benchDatabase } from './database.ts';

const OPTIONS = { laCode: '886', population: 340_000, years: 10, seed: 'bench', asAt: '2026-03-31' } as const;

/**
 * `hearth seed --population 340000 --years 10` (Kent's size) into a throwaway embedded database: the time to
 * generate and load it in one transaction, then refresh the planner's statistics. Goal: under 2 minutes.
 */
export async function seed(): Promise<void> {
  const bench = await benchDatabase();
  try {
    const load = os.loadavg()[0]!;
    const result = await seedWithUrl(bench.server.ownerUrl, OPTIONS);
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const { counts } = result.authority;
    const biggest = Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([table, n]) => `${table} ${n.toLocaleString('en-GB')}`)
      .join(', ');
    console.log(
      `seed --population ${OPTIONS.population.toLocaleString('en-GB')} --years ${OPTIONS.years}: ` +
        `${seconds(result.totalMs)} in all (goal: under 120 s), load average ${load.toFixed(1)} at the start`,
    );
    console.log(
      `  generated in ${seconds(result.authority.generationMs)}; loaded by ${result.load.method} in ` +
        `${seconds(result.load.ms)} (${Math.round(result.rows / (result.load.ms / 1000)).toLocaleString('en-GB')} rows/s, ` +
        `foreign keys checked ${result.load.setBasedChecks ? 'for the whole load at once' : 'row by row'})`,
    );
    console.log(
      `  ${result.rows.toLocaleString('en-GB')} rows in ${Object.keys(counts).length} tables; most: ${biggest}`,
    );
  } finally {
    await bench.close();
  }
}
