/**
 * The demo authority's children: on a first start, Hearthshire (the demo authority, 999) is seeded with a
 * living service of about 60,000 children and five years of history to today, so a newcomer sees open
 * cases, due and overdue work, caseloads and trends. The demo's own teams and workers (src/demo.ts: Priya
 * Shah in Children's Safeguarding Team 1, managed by Tom Barker) become teams of the generated service and
 * are allocated real caseloads. Runs once: an authority that already has children is left alone.
 */
import { sql } from 'kysely';
import { todayInEngland } from '../casework/recording.ts';
import { inAuthority, systemActor, type Db } from '../db/database.ts';
import { DEMO_AUTHORITY } from '../demo.ts';
import { seedWithDb, type SeedResult } from './seed.ts';

export const DEMO_SEED = { population: 60_000, years: 5, seed: 'hearthshire' } as const;

/**
 * Seeds the demo authority if it has no children yet; returns what was seeded, or undefined when there was
 * nothing to do. Call after ensureDemoAuthority (which makes the authority, its users, teams and workers).
 * The options (a smaller demo, another as-at date) are for tests.
 */
export async function seedDemoAuthority(
  ownerDb: Db,
  options: { asAt?: string; population?: number; years?: number } = {},
): Promise<SeedResult | undefined> {
  const laCode = DEMO_AUTHORITY.laCode;
  const existing = await inAuthority(ownerDb, systemActor(laCode), async (trx) => {
    const { rows } = await sql<{ present: boolean }>`
      SELECT EXISTS (SELECT 1 FROM person WHERE la_code = ${laCode}) AS present`.execute(trx);
    return rows[0]?.present ?? false;
  });
  if (existing) return undefined;
  const started = performance.now();
  console.log('Seeding the demo authority with synthetic children (first start only, under a minute)…');
  const result = await seedWithDb(ownerDb, {
    laCode,
    asAt: options.asAt ?? todayInEngland(),
    seed: DEMO_SEED.seed,
    population: options.population ?? DEMO_SEED.population,
    years: options.years ?? DEMO_SEED.years,
    name: DEMO_AUTHORITY.name,
  });
  console.log(
    `Seeded the demo authority: ${result.rows.toLocaleString('en-GB')} records in ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return result;
}
