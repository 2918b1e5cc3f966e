/**
 * Loads a generated authority into PostgreSQL in one transaction: all of it or none of it.
 *
 * Rows go in with COPY (the pg-copy-streams package) when there is a plain pg connection, or with large
 * `INSERT … SELECT … FROM unnest(arrays)` batches through Kysely otherwise. Rows are written in the order of
 * their ids and of the children, so primary key and per-child indexes are appended to, not scattered.
 *
 * Fast path: when the connection is a superuser and no table written has triggers of its own, the
 * transaction sets `session_replication_role = replica`, which stops PostgreSQL checking foreign keys row by
 * row (three to four times the cost of the insert). Every foreign key is then checked for the whole load at
 * once instead: references between generated rows in memory (each must name a row that was written), and
 * any foreign key the generator does not know about with one SQL anti-join. A broken reference aborts the
 * transaction. Check constraints, unique keys and row-level security apply either way.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { isoOf } from './calendar.ts';
import type { SyntheticAuthority } from './authority.ts';
import {
  ANY_TABLE_SHIFT,
  formatStamp,
  NULL,
  TABLE_ORDER,
  type Column,
  type SeedTable,
  type TableBuffer,
} from './tables.ts';

/** What the loader needs of a connection inside an open transaction. */
export interface SeedConnection {
  query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<R[]>;
  /** COPY … FROM STDIN with the given text; absent when the connection cannot COPY. */
  copy?(statement: string, chunks: Iterable<string>): Promise<void>;
}

/** A pg client (or pool client) as a SeedConnection that can COPY. */
export function pgConnection(client: pg.ClientBase): SeedConnection {
  return {
    async query<R>(text: string, values?: unknown[]) {
      return (await client.query(text, values)).rows as R[];
    },
    async copy(statement, chunks) {
      const stream = client.query(copyFrom(statement));
      await pipeline(Readable.from(chunks), stream);
    },
  };
}

export interface LoadReport {
  rows: number;
  ms: number;
  /** Whether foreign keys were checked for the whole load at once (the fast path). */
  setBasedChecks: boolean;
  method: 'copy' | 'insert';
}

const CHUNK = 1 << 18;

/** Text escaped for COPY's text format. */
function copyText(text: string): string {
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : text;
}

/** Turns one column's value of row i into text, for COPY (escaped) or an array literal (quoted). */
function formatter(authority: SyntheticAuthority, column: Column): (i: number) => string | null {
  const ids = authority.ids;
  const { kind } = column;
  if (column.texts) {
    const texts = column.texts;
    return (i) => texts[i] ?? null;
  }
  const numbers = column.numbers!;
  if (kind === 'date')
    return (i) => {
      const v = numbers[i]!;
      return v === NULL ? null : isoOf(v);
    };
  if (kind === 'int')
    return (i) => {
      const v = numbers[i]!;
      return v === NULL ? null : String(v);
    };
  if (kind === 'bool')
    return (i) => {
      const v = numbers[i]!;
      return v === NULL ? null : v === 1 ? 't' : 'f';
    };
  if (kind === 'ref:any')
    return (i) => {
      const v = numbers[i]!;
      return v === NULL ? null : ids.anyId(v);
    };
  const table = kind.slice(4) as SeedTable;
  const prefix = ids.prefixOf(table);
  return (i) => {
    const v = numbers[i]!;
    if (v === NULL) return null;
    if (v < 0) return ids.id(table, v);
    return prefix + v.toString(16).padStart(12, '0');
  };
}

/** The table's rows as COPY text, in chunks. */
function* copyChunks(authority: SyntheticAuthority, buffer: TableBuffer): Generator<string> {
  const la = authority.options.laCode;
  const prefix = authority.ids.prefixOf(buffer.name);
  const formats = buffer.columns.map((c) => ({ format: formatter(authority, c), text: Boolean(c.texts) }));
  let chunk = '';
  for (let i = 0; i < buffer.length; i++) {
    let line = `${la}\t${prefix}${i.toString(16).padStart(12, '0')}`;
    for (const { format, text } of formats) {
      const value = format(i);
      line += value === null ? '\t\\N' : `\t${text ? copyText(value) : value}`;
    }
    chunk += `${line}\t${formatStamp(buffer.recordedAt[i]!)}\n`;
    if (chunk.length > CHUNK) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

const PG_TYPE: Record<string, string> = {
  date: 'date',
  int: 'int4',
  bool: 'bool',
  text: 'text',
  numeric: 'numeric',
  time: 'time',
  textarray: 'text',
};

function arrayElement(value: string | null, quoted: boolean): string {
  if (value === null) return 'NULL';
  return quoted ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : value;
}

/** Inserts the table's rows in batches through `INSERT … SELECT … FROM unnest(…)`. */
async function insertBatches(connection: SeedConnection, authority: SyntheticAuthority, buffer: TableBuffer) {
  const batch = 10_000;
  const columns = buffer.columns;
  const formats = columns.map((c) => formatter(authority, c));
  const types = columns.map((c) => (c.kind.startsWith('ref:') ? 'uuid' : PG_TYPE[c.kind]!));
  const quoted = columns.map((c) => Boolean(c.texts));
  const names = ['id', ...columns.map((c) => c.name), 'recorded_at'];
  const select = [
    'u.c0',
    ...columns.map((c, k) => (c.kind === 'textarray' ? `u.c${k + 1}::text[]` : `u.c${k + 1}`)),
    `u.c${columns.length + 1}`,
  ];
  const unnest = [
    '$2::uuid[]',
    ...types.map((type, k) => `$${k + 3}::${type}[]`),
    `$${columns.length + 3}::timestamptz[]`,
  ];
  const statement =
    `INSERT INTO ${buffer.name} (la_code, ${names.join(', ')}) SELECT $1, ${select.join(', ')} ` +
    `FROM unnest(${unnest.join(', ')}) AS u(${names.map((_n, k) => `c${k}`).join(', ')})`;
  const prefix = authority.ids.prefixOf(buffer.name);
  for (let start = 0; start < buffer.length; start += batch) {
    const end = Math.min(buffer.length, start + batch);
    const ids: string[] = [];
    const stamps: string[] = [];
    const values: string[][] = columns.map(() => []);
    for (let i = start; i < end; i++) {
      ids.push(prefix + i.toString(16).padStart(12, '0'));
      stamps.push(`"${formatStamp(buffer.recordedAt[i]!)}"`);
      for (let k = 0; k < columns.length; k++) values[k]!.push(arrayElement(formats[k]!(i), quoted[k]!));
    }
    await connection.query(statement, [
      authority.options.laCode,
      `{${ids.join(',')}}`,
      ...values.map((v) => `{${v.join(',')}}`),
      `{${stamps.join(',')}}`,
    ]);
  }
}

/**
 * Every reference between generated rows names a row that exists: a generated row of its table, or an
 * existing team or worker. Throws naming the first that does not.
 */
export function checkReferences(authority: SyntheticAuthority): void {
  const { tables, ids } = authority;
  for (const name of TABLE_ORDER) {
    const buffer = tables[name];
    for (const column of buffer.columns) {
      if (!column.kind.startsWith('ref:') || !column.numbers) continue;
      const numbers = column.numbers;
      for (let i = 0; i < buffer.length; i++) {
        const v = numbers[i]!;
        if (v === NULL) continue;
        let table: SeedTable;
        let row: number;
        if (column.kind === 'ref:any') {
          table = TABLE_ORDER[Math.floor(v / ANY_TABLE_SHIFT) - 1]!;
          row = v % ANY_TABLE_SHIFT;
        } else {
          table = column.kind.slice(4) as SeedTable;
          row = v;
        }
        const ok = row >= 0 ? row < tables[table].length : (ids.existing[table]?.length ?? 0) >= -row;
        if (!ok)
          throw new Error(
            `${name} row ${i}: ${column.name} refers to ${table} row ${row}, which does not exist`,
          );
      }
    }
  }
}

interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  child_columns: string[];
  parent_columns: string[];
}

/**
 * Checks, set-based, every foreign key on the tables written that the in-memory check does not cover (a
 * key on columns the generator does not write is trivially met: they are empty).
 */
async function checkOtherForeignKeys(
  connection: SeedConnection,
  authority: SyntheticAuthority,
): Promise<void> {
  const written = TABLE_ORDER.filter((t) => authority.tables[t].length > 0);
  const keys = await connection.query<ForeignKey>(
    `SELECT c.conname AS name, cl.relname AS child, pcl.relname AS parent,
       array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS child_columns,
       array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS parent_columns
     FROM pg_constraint c
     JOIN pg_class cl ON cl.oid = c.conrelid
     JOIN pg_class pcl ON pcl.oid = c.confrelid
     WHERE c.contype = 'f' AND cl.relnamespace = 'public'::regnamespace AND cl.relname = ANY($1)`,
    [written],
  );
  for (const key of keys) {
    const buffer = authority.tables[key.child as SeedTable];
    const writtenColumns = new Set(['id', ...buffer.columns.map((c) => c.name)]);
    const others = key.child_columns.filter((c) => c !== 'la_code');
    // The authority itself exists (the seed made sure); columns the generator leaves empty meet any key.
    if (others.length === 0 && key.parent === 'local_authority') continue;
    if (others.length > 0 && others.every((c) => !writtenColumns.has(c))) continue;
    // A reference between generated rows, already checked in memory.
    const column = others.length === 1 ? buffer.columns.find((c) => c.name === others[0]) : undefined;
    const covered =
      key.child_columns.length === 2 &&
      key.child_columns[0] === 'la_code' &&
      column?.kind === `ref:${key.parent}` &&
      key.parent_columns.join(',') === 'la_code,id';
    if (covered) continue;
    const on = key.child_columns.map((c, k) => `p.${key.parent_columns[k]} = c.${c}`).join(' AND ');
    const notNull = key.child_columns.map((c) => `c.${c} IS NOT NULL`).join(' AND ');
    const [row] = await connection.query<{ broken: string }>(
      `SELECT count(*) AS broken FROM ${key.child} c
       WHERE c.la_code = $1 AND ${notNull} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${on})`,
      [authority.options.laCode],
    );
    if (Number(row?.broken ?? 0) > 0)
      throw new Error(
        `${row!.broken} ${key.child} rows break the foreign key ${key.name}; nothing was saved`,
      );
  }
}

/** Whether the tables to be written have triggers of their own, which the fast path would skip. */
async function tablesHaveTriggers(connection: SeedConnection, tables: string[]): Promise<boolean> {
  const [row] = await connection.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)`,
    [tables],
  );
  return Number(row?.n ?? 0) > 0;
}

/**
 * Writes every generated row, in a transaction the caller has opened with the authority set
 * (`set_config('hearth.la_code', …, true)`). The caller commits.
 */
export async function loadAuthority(
  connection: SeedConnection,
  authority: SyntheticAuthority,
): Promise<LoadReport> {
  const started = performance.now();
  const written = TABLE_ORDER.filter((t) => authority.tables[t].length > 0);
  checkReferences(authority);
  const [{ superuser } = { superuser: 'off' }] = await connection.query<{ superuser: string }>(
    `SELECT current_setting('is_superuser') AS superuser`,
  );
  const fast = superuser === 'on' && !(await tablesHaveTriggers(connection, written));
  if (fast) await connection.query(`SET LOCAL session_replication_role = replica`);
  let rows = 0;
  for (const name of written) {
    const buffer = authority.tables[name];
    if (connection.copy) {
      const columns = ['la_code', 'id', ...buffer.columns.map((c) => c.name), 'recorded_at'].join(', ');
      await connection.copy(`COPY ${name} (${columns}) FROM STDIN`, copyChunks(authority, buffer));
    } else {
      await insertBatches(connection, authority, buffer);
    }
    rows += buffer.length;
  }
  if (fast) {
    await connection.query(`SET LOCAL session_replication_role = origin`);
    await checkOtherForeignKeys(connection, authority);
  }
  return {
    rows,
    ms: performance.now() - started,
    setBasedChecks: fast,
    method: connection.copy ? 'copy' : 'insert',
  };
}
