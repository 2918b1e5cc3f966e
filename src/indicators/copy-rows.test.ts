import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import type { Trx } from '../db/database.ts';
import { ByUuid, copyRows, type CopyRow } from './copy-rows.ts';

/** The uuid numbered `n`: ids that differ only in their last bytes, as a sequence would make them. */
const UUID_OF = `('c0ffee00-abcd-4ef0-9123-' || lpad(to_hex(n), 12, '0'))::uuid`;
const uuidOf = (n: number) => `c0ffee00-abcd-4ef0-9123-${n.toString(16).padStart(12, '0')}`;

describe('reading rows with binary COPY', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  const inTransaction = <T>(work: (trx: Trx) => Promise<T>) => database.db.transaction().execute(work);

  /** Every row of `query`, each as what `take` reads of it. */
  const all = <T>(query: string, take: (row: CopyRow) => T) =>
    inTransaction(async (trx) => {
      const taken: T[] = [];
      await copyRows(trx, query, (row) => taken.push(take(row)));
      return taken;
    });

  it('reads dates either side of 2000-01-01 and of the years kept by index, 29 February, and nulls', async () => {
    const dates = await all(
      `SELECT d::date, NULL::date FROM unnest(ARRAY['1999-12-31', '2000-01-01', '2024-02-29', '1969-12-31',
        '1799-12-31', '1800-01-02', '2199-12-30', '2200-01-01', '2400-02-29']) AS d`,
      (row) => [row.date(0), row.dateOrNull(1)],
    );
    expect(dates).toEqual(
      [
        '1999-12-31',
        '2000-01-01',
        '2024-02-29',
        '1969-12-31',
        '1799-12-31',
        '1800-01-02',
        '2199-12-30',
        '2200-01-01',
        '2400-02-29',
      ].map((date) => [date, null]),
    );
  });

  it('reads uuids, integers, flags and text, sharing one string per code', async () => {
    const rows = await all(
      `SELECT ${UUID_OF}, n, n % 2 = 0, NULL::boolean, c, 'E' || 'é' || chr(9) || '\\'
         FROM generate_series(254, 257) n, unnest(ARRAY['Zoë', 'Zoe']) c
         ORDER BY n, c COLLATE "C" DESC`,
      (row) => ({
        id: row.uuid(0),
        n: row.integer(1),
        even: row.boolean(2),
        none: row.booleanOrNull(3),
        code: row.code(4),
        text: row.text(5),
      }),
    );
    expect(rows.map((r) => r.id)).toEqual([254, 254, 255, 255, 256, 256, 257, 257].map(uuidOf));
    expect(rows[0]).toEqual({ id: uuidOf(254), n: 254, even: true, none: null, code: 'Zoë', text: 'Eé\t\\' });
    expect(rows.map((r) => r.code)).toEqual(['Zoë', 'Zoe', 'Zoë', 'Zoe', 'Zoë', 'Zoe', 'Zoë', 'Zoe']);
    expect(rows[5]!.code).toBe(rows[1]!.code);
  });

  it('refuses a null or a field of the wrong size where a value of a type is asked for', async () => {
    await expect(all(`SELECT NULL::date`, (row) => row.date(0))).rejects.toThrow('field 0 is null');
    await expect(all(`SELECT 1::int8`, (row) => row.integer(0))).rejects.toThrow(
      'field 0 has 8 bytes, not the 4 its type has',
    );
  });

  it('reads rows cut across the stream’s chunks, and finds each of many uuids by its bytes', async () => {
    const count = 70_000;
    const found = await inTransaction(async (trx) => {
      const byUuid = new ByUuid<number>();
      await copyRows(trx, `SELECT ${UUID_OF}, n FROM generate_series(1, ${count}) n`, (row) =>
        byUuid.set(row, 0, row.integer(1)),
      );
      const found: (number | undefined)[] = [];
      const rows = await copyRows(
        trx,
        `SELECT ${UUID_OF}, repeat('x', n % 97) FROM generate_series(${count + 1}, 1, -1) n`,
        (row) => found.push(byUuid.get(row, 0)),
      );
      return { rows, found };
    });
    expect(found.rows).toBe(count + 1);
    expect(found.found).toEqual([undefined, ...Array.from({ length: count }, (_, i) => count - i)]);
  });

  it('reads the rest of a COPY whose row handler threw, so the transaction can go on', async () => {
    const after = await inTransaction(async (trx) => {
      const failed = copyRows(trx, `SELECT n FROM generate_series(1, 100000) n`, (row) => {
        if (row.integer(0) === 3) throw new Error('third row');
      });
      await expect(failed).rejects.toThrow('third row');
      return (await sql<{ one: number }>`SELECT 1 AS one`.execute(trx)).rows;
    });
    expect(after).toEqual([{ one: 1 }]);
  });

  it('passes on an error of PostgreSQL, and the connection goes on serving queries', async () => {
    await expect(
      all(`SELECT 1 / (n - 2) FROM generate_series(1, 3) n`, (row) => row.integer(0)),
    ).rejects.toThrow('division by zero');
    expect((await sql<{ one: number }>`SELECT 1 AS one`.execute(database.db)).rows).toEqual([{ one: 1 }]);
  });
});
