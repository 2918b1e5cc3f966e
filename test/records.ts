import type { Db } from '../src/db/database.ts';
import type { Database } from '../src/db/schema.generated.ts';
import { seedWithUrl } from '../src/synth/seed.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

/** Tables whose rows belong to an authority (they have la_code). */
type AuthorityTable = {
  [T in keyof Database]: Database[T] extends { la_code: unknown } ? T : never;
}[keyof Database];

/** How many rows each table holds for an authority, read as the schema owner (row-level security aside). */
export async function countRows(
  ownerDb: Db,
  laCode: string,
  tables: readonly AuthorityTable[],
): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const row = await ownerDb
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every table here has la_code
      .where('la_code' as any, '=', laCode)
      .executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

/**
 * Two fresh databases for a round trip: `source` with a small synthetic authority (see seedSmall), `target`
 * empty.
 */
export async function seededAndEmpty(
  laCode: string,
  seed: string,
): Promise<{ source: TestDatabase; target: TestDatabase }> {
  const [source, target] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await seedSmall(source, laCode, seed);
  return { source, target };
}

/**
 * Seeds a small synthetic authority (6,000 children, three years to 30 April 2026) into a database, the
 * rarer parts of care (short breaks, youth justice, temporary placements, deaths…) eight times as often as
 * usual, so that a small authority has them to export and import.
 */
export async function seedSmall(database: TestDatabase, laCode: string, seed: string): Promise<void> {
  await seedWithUrl(database.ownerUrl, {
    laCode,
    population: 6000,
    years: 3,
    seed,
    asAt: '2026-04-30',
    rareCare: 8,
  });
}
