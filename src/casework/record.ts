import crypto from 'node:crypto';
import { sql } from 'kysely';
import { audit, auditAll } from '../access/audit.ts';
import type { Actor, Trx } from '../db/database.ts';
import type { Database } from '../db/schema.generated.ts';

/** Tables that hold a child's records: each has la_code, id, person_id (or is person) and the record columns. */
export type RecordTable = Exclude<
  {
    [T in keyof Database]: Database[T] extends { version: unknown; id: unknown } ? T : never;
  }[keyof Database],
  'team' | 'worker'
>;

export type RecordValues = Record<string, unknown>;

/** Where the record belongs: the child whose record it is part of, for the audit log. */
function personOf(table: RecordTable, id: string, row: RecordValues): string {
  return table === 'person' ? id : String(row.person_id);
}

// The one place that writes records generically; typed callers go through it with their own value types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A record to insert: its table and values (with its id, or one is made). */
export interface NewRecord {
  table: RecordTable;
  values: RecordValues;
}

/** Inserts a record for the actor's authority and audits it in the same transaction. Returns its id. */
export async function insertRecord(
  trx: Trx,
  actor: Actor,
  table: RecordTable,
  values: RecordValues,
): Promise<string> {
  const [id] = await insertRecords(trx, actor, [{ table, values }]);
  return id!;
}

/** Rows of one INSERT: a few thousand, and under PostgreSQL's 65,535 parameters however wide the table. */
const ROWS_PER_INSERT = 2000;
const PARAMETERS_PER_INSERT = 60_000;

/**
 * Inserts records for the actor's authority, as insertRecord inserts each, and audits each in the same
 * transaction, one entry per record in the order given. Records of one table go in one multi-row INSERT
 * (in chunks), each after the records it refers to (a referral after its child). Returns their ids.
 */
export async function insertRecords(
  trx: Trx,
  actor: Actor,
  records: readonly NewRecord[],
): Promise<string[]> {
  // The id is made here rather than returned: a new child's row is not yet among the children the user
  // may see (row-level security would refuse RETURNING it) until the next transaction. A caller may give
  // the id (an import keeps its records in file order).
  const rows = records.map(({ table, values }) => ({
    table,
    row: {
      ...values,
      id: typeof values.id === 'string' ? values.id : crypto.randomUUID(),
      la_code: actor.laCode,
      recorded_by: actor.userId,
    },
  }));
  for (const [table, group] of writeOrder(rows)) {
    const columns = new Set(group.flatMap((row) => Object.keys(row))).size;
    const size = Math.max(1, Math.min(ROWS_PER_INSERT, Math.floor(PARAMETERS_PER_INSERT / columns)));
    for (let start = 0; start < group.length; start += size)
      await (trx as Loose)
        .insertInto(table)
        .values(group.slice(start, start + size))
        .execute();
  }
  await auditAll(
    trx,
    rows.map(({ table, row }) => ({
      laCode: actor.laCode,
      userId: actor.userId,
      action: 'record',
      subjectType: 'person',
      subjectId: personOf(table, row.id, row),
      detail: { table, id: row.id },
    })),
  );
  return rows.map(({ row }) => row.id);
}

/**
 * New records grouped by table for writing, the groups in an order the foreign keys allow: a record's group
 * comes after the groups of the records among these that it refers to (by id), and a record referring to
 * one of its own table shares its group (a statement's keys are checked at its end).
 */
function writeOrder(
  rows: readonly { table: RecordTable; row: RecordValues & { id: string } }[],
): [RecordTable, RecordValues[]][] {
  const depth = new Map<string, { table: RecordTable; depth: number }>();
  const groups = new Map<string, { depth: number; table: RecordTable; rows: RecordValues[] }>();
  for (const { table, row } of rows) {
    let at = 0;
    for (const [column, value] of Object.entries(row)) {
      const referred = column === 'id' || typeof value !== 'string' ? undefined : depth.get(value);
      if (referred) at = Math.max(at, referred.depth + (referred.table === table ? 0 : 1));
    }
    depth.set(row.id, { table, depth: at });
    const key = `${at}:${table}`;
    const group = groups.get(key) ?? { depth: at, table, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => a.depth - b.depth).map((g) => [g.table, g.rows]);
}

/** Reads a record of the actor's authority, locking it for a correction. */
export async function loadRecord(
  trx: Trx,
  table: RecordTable,
  id: string,
  forUpdate = false,
): Promise<RecordValues | undefined> {
  let query = (trx as Loose).selectFrom(table).selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * Changes a record: keeps the version it replaces in record_version with who, when and why, then writes
 * the changes as the next version. Nothing is destroyed. `action` is 'correct' for a correction of what was
 * wrong, 'record' for a later step completing the record (an outcome, an end date).
 */
export async function correctRecord(
  trx: Trx,
  actor: Actor,
  table: RecordTable,
  id: string,
  changes: RecordValues,
  reason: string,
  action: 'correct' | 'record' = 'correct',
): Promise<void> {
  const current = await loadRecord(trx, table, id, true);
  if (!current) throw new Error(`There is no ${table} ${id} to correct.`);
  if (current.voided_at) throw new Error(`This ${table} record was removed and cannot be corrected.`);
  await keepVersion(trx, actor, table, id, current, reason);
  await (trx as Loose)
    .updateTable(table)
    .set({
      ...changes,
      version: Number(current.version) + 1,
      ...(action === 'correct'
        ? { corrected_at: sql`now()`, corrected_by: actor.userId, correction_reason: reason }
        : {}),
    })
    .where('id', '=', id)
    .execute();
  await audit(trx, {
    laCode: actor.laCode,
    userId: actor.userId,
    action,
    subjectType: 'person',
    subjectId: personOf(table, id, current),
    reason,
    detail: { table, id, fields: Object.keys(changes) },
  });
}

/** Completes a record with what a later step learnt (an outcome, an end date), keeping the version before. */
export function updateRecord(
  trx: Trx,
  actor: Actor,
  table: RecordTable,
  id: string,
  changes: RecordValues,
  what: string,
): Promise<void> {
  return correctRecord(trx, actor, table, id, changes, what, 'record');
}

/** Removes a record from view (it was recorded in error), keeping it and its reason. */
export async function voidRecord(
  trx: Trx,
  actor: Actor,
  table: RecordTable,
  id: string,
  reason: string,
): Promise<void> {
  const current = await loadRecord(trx, table, id, true);
  if (!current) throw new Error(`There is no ${table} ${id} to remove.`);
  await keepVersion(trx, actor, table, id, current, reason);
  await (trx as Loose)
    .updateTable(table)
    .set({
      version: Number(current.version) + 1,
      voided_at: sql`now()`,
      voided_by: actor.userId,
      void_reason: reason,
    })
    .where('id', '=', id)
    .execute();
  await audit(trx, {
    laCode: actor.laCode,
    userId: actor.userId,
    action: 'void',
    subjectType: 'person',
    subjectId: personOf(table, id, current),
    reason,
    detail: { table, id },
  });
}

async function keepVersion(
  trx: Trx,
  actor: Actor,
  table: RecordTable,
  id: string,
  current: RecordValues,
  reason: string,
): Promise<void> {
  await trx
    .insertInto('record_version')
    .values({
      la_code: actor.laCode,
      record_type: table,
      record_id: id,
      version: Number(current.version),
      data: JSON.stringify(current),
      superseded_by: actor.userId,
      reason,
    })
    .execute();
}

export interface RecordVersion {
  version: number;
  data: RecordValues;
  supersededAt: Date;
  supersededBy: string | null;
  reason: string;
}

/** Earlier versions of a record, oldest first. */
export async function recordHistory(trx: Trx, table: RecordTable, id: string): Promise<RecordVersion[]> {
  const rows = await trx
    .selectFrom('record_version')
    .select(['version', 'data', 'superseded_at', 'superseded_by', 'reason'])
    .where('record_type', '=', table)
    .where('record_id', '=', id)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    data: r.data,
    supersededAt: r.superseded_at,
    supersededBy: r.superseded_by,
    reason: r.reason,
  }));
}
