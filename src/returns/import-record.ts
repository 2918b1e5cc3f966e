import crypto from 'node:crypto';
import { audit } from '../access/audit.ts';
import { formatDmy, isIsoDate, parseDmy } from '../domain/dates.ts';
import { isCode, type CodeList } from '../domain/codes.ts';
import { normaliseUpn } from '../domain/identifiers.ts';
import { sql } from 'kysely';
import {
  insertRecord,
  insertRecords,
  updateRecord,
  type NewRecord,
  type RecordTable,
  type RecordValues,
} from '../casework/record.ts';
import type { Actor, Trx } from '../db/database.ts';

/**
 * What stopped an import: every problem found, each naming the file, line or row, child and field.
 * Nothing was written.
 */
export class ImportError extends Error {
  constructor(readonly problems: readonly string[]) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n… and ${problems.length - shown.length} more` : '';
    super(
      `nothing imported: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`,
    );
  }
}

/** What an import counts: the record tables, and the workforce and population an SSD import also writes. */
export type CountedTable = RecordTable | 'team' | 'worker' | 'authority_population';

/** Counts of what an import run did, by record table. */
export interface ImportSummary {
  inserted: Partial<Record<CountedTable, number>>;
  updated: Partial<Record<CountedTable, number>>;
  unchanged: Partial<Record<CountedTable, number>>;
  /** What the files held that the importer does not write, said so that nothing goes unmentioned. */
  notImported?: string[];
  /** What the importer inferred or made that the files do not say (dates, accounts), said so. */
  notes?: string[];
}

/** Two runs' summaries as one: the counts added, the lists of what was not imported and noted joined. */
export function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  const add = (kind: 'inserted' | 'updated' | 'unchanged'): ImportSummary[typeof kind] => {
    const sum = { ...a[kind] };
    for (const [table, n] of Object.entries(b[kind]) as [RecordTable, number][])
      sum[table] = (sum[table] ?? 0) + n;
    return sum;
  };
  const joined = (key: 'notImported' | 'notes'): string[] | undefined =>
    a[key] || b[key] ? [...(a[key] ?? []), ...(b[key] ?? [])] : undefined;
  const notImported = joined('notImported');
  const notes = joined('notes');
  return {
    inserted: add('inserted'),
    updated: add('updated'),
    unchanged: add('unchanged'),
    ...(notImported ? { notImported } : {}),
    ...(notes ? { notes } : {}),
  };
}

/** A record as a file gives it, and where each of its fields stands in the file (for problems). */
export interface Incoming {
  table: RecordTable;
  /** The natural key: the columns that say which record this is (the child, the episode, a start date). */
  key: RecordValues;
  /** Facts the file gives: they fill a blank in the record, and conflict with a different value there. */
  values: RecordValues;
  /**
   * What Hearth needs that the file does not say (an outcome, a link), inferred: written on insert and into
   * a blank of the record, never a conflict.
   */
  defaults?: RecordValues;
  /**
   * Where a column's value came from, e.g. 'cin.xml, line 12, child A1, CINclosureDate'; with no column,
   * where the record did.
   */
  where: (column?: string) => string;
}

/** A record planned from a file's row: the row, the record, and which field of which row each column came from. */
export interface Planned {
  row: SourceRow;
  incoming: Omit<Incoming, 'where'>;
  sources: Record<string, [SourceRow, string]>;
}

// Records are read generically by table, as src/casework/record.ts writes them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** New records an importer that reads nothing between placings writes together (see ImportRun). */
export const NEW_RECORDS_WRITTEN_TOGETHER = 5000;

/**
 * Records a file looks up by key one query each in a table; past these, the table's records are read once
 * and looked up in memory (see ImportRun.held): a small file costs a few queries, a re-import of a large
 * one a query per table, not per record.
 */
const LOOKUPS_BY_QUERY = 20;

/** A key's values as one string, or null when one is blank, which (as SQL's `=` with null) matches nothing. */
function keyText(values: RecordValues, columns: readonly string[]): string | null {
  const parts: string[] = [];
  for (const column of columns) {
    const value = values[column];
    if (value === null || value === undefined) return null;
    parts.push(value instanceof Date ? value.toISOString() : String(value));
  }
  return parts.join('\u0000');
}

let lastMs = 0;
let sequence = 0;

/**
 * A UUID (version 7 layout: milliseconds, then a sequence, then random bits) greater than every one made
 * before it in this process. Records are exported in date order and then by id, so records imported with
 * one date keep the order the file gave them.
 */
export function orderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else {
    sequence += 1;
  }
  const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');
  const random = crypto.randomBytes(6).toString('hex');
  const seqHigh = Math.floor(sequence / 0x4000) & 0xfff;
  const seqLow = sequence % 0x4000;
  const ms = hex(lastMs, 12);
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex(seqHigh, 3)}-${hex(0x8000 | seqLow, 4)}-${random}`;
}

/** A value as compared: blank (null, '' or an empty list) is unknown; a list is compared as a set. */
function comparable(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : [...value].map(String).sort().join(',');
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * One import run in one transaction: places each incoming record into the authority's record by its natural
 * key, so that importing the same file again finds every record already there and changes nothing, and a
 * second file describing the same child merges into the same records. A record is new when no record has
 * its key; a record with its key is completed where it is blank (a new version, kept as corrections are);
 * a value that differs from the record's is a conflict, reported and not written. Problems are collected;
 * `finish` throws them all, which rolls the transaction back.
 */
export class ImportRun {
  readonly problems: string[] = [];
  readonly summary: ImportSummary = { inserted: {}, updated: {}, unchanged: {} };
  /** Records already matched by an incoming record of the current file, so siblings with one key stay two. */
  private claimed = new Set<string>();
  /**
   * Whether each table held no record when the current file first placed one in it: if so, every record it
   * holds since is new in this file, so claimed, and none needs looking up.
   */
  private heldNone = new Map<RecordTable, boolean>();
  /** New records not yet written, with where each came from (see `batch`). */
  private waiting: (NewRecord & { where: () => string })[] = [];
  /** How many records the current file has looked up by key, by table. */
  private lookups = new Map<RecordTable, number>();
  /**
   * The records a table held when the current file had looked in it LOOKUPS_BY_QUERY times, in the order a
   * query gives them, indexed by key columns and then key. What the file writes after is never looked up
   * again in the same file (it is claimed), so what was read stays the answer until the next file.
   */
  private held = new Map<
    RecordTable,
    { rows: RecordValues[]; byKey: Map<string, Map<string, RecordValues[]>> }
  >();

  /**
   * `batch` new records are written together (one INSERT per table, one for their audit entries), the
   * first import of an authority being mostly new records; 1 writes each as it is placed, for an importer
   * that reads the record between placings. Records waiting are always claimed (they are new in the current
   * file), so no lookup of a record held could match one: they are written before the next file, before a
   * record is completed, and when the run finishes.
   */
  constructor(
    private readonly trx: Trx,
    private readonly actor: Actor,
    private readonly format: string,
    private readonly batch = 1,
    /** How the files write dates, for problems to give them so. */
    private readonly dates: DateFormat = DATE_ISO,
  ) {}

  /** A value as a problem gives it: a date as the files write dates, a list by its items. */
  private shown(value: unknown): string {
    if (typeof value === 'string' && isIsoDate(value)) return this.dates.write(value);
    return Array.isArray(value) ? value.join(' ') : String(value);
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  /** Starts a file: records matched by an earlier file may be matched again. */
  async beginFile(): Promise<void> {
    await this.write();
    this.claimed = new Set();
    this.heldNone = new Map();
    this.lookups = new Map();
    this.held = new Map();
  }

  /**
   * The records of the table with the key, oldest first (by when recorded, then id), not yet matched by the
   * current file: by a query for the file's first lookups in the table, then from the table read once.
   */
  private async lookUp(table: RecordTable, key: RecordValues): Promise<RecordValues[]> {
    const asked = (this.lookups.get(table) ?? 0) + 1;
    this.lookups.set(table, asked);
    let found: RecordValues[];
    if (asked <= LOOKUPS_BY_QUERY) {
      let query = (this.trx as Loose).selectFrom(table).selectAll().where('voided_at', 'is', null);
      for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
      found = (await query.orderBy('recorded_at').orderBy('id').execute()) as RecordValues[];
    } else {
      let held = this.held.get(table);
      if (!held) {
        const rows = (await (this.trx as Loose)
          .selectFrom(table)
          .selectAll()
          .where('voided_at', 'is', null)
          .orderBy('recorded_at')
          .orderBy('id')
          .execute()) as RecordValues[];
        held = { rows, byKey: new Map() };
        this.held.set(table, held);
      }
      const columns = Object.keys(key).sort();
      let index = held.byKey.get(columns.join(','));
      if (!index) {
        index = new Map();
        for (const row of held.rows) {
          const text = keyText(row, columns);
          if (text === null) continue;
          const list = index.get(text);
          if (list) list.push(row);
          else index.set(text, [row]);
        }
        held.byKey.set(columns.join(','), index);
      }
      const text = keyText(key, columns);
      found = text === null ? [] : (index.get(text) ?? []);
    }
    return found.filter((c) => !this.claimed.has(`${table}:${String(c.id)}`));
  }

  /** Whether the table holds no record that is not claimed (it held none when first asked in this file). */
  private async holdsNone(table: RecordTable): Promise<boolean> {
    let none = this.heldNone.get(table);
    if (none === undefined) {
      const any = await (this.trx as Loose)
        .selectFrom(table)
        .select('id')
        .where('voided_at', 'is', null)
        .limit(1)
        .executeTakeFirst();
      none = !any;
      this.heldNone.set(table, none);
    }
    return none;
  }

  /**
   * Writes the new records waiting. Should the database refuse one, the batch is undone and written a
   * record at a time, to say which record it refused.
   */
  private async write(): Promise<void> {
    const records = this.waiting;
    if (records.length === 0) return;
    this.waiting = [];
    if (records.length === 1) {
      await this.insertOne(records[0]!);
      return;
    }
    await sql`SAVEPOINT import_batch`.execute(this.trx);
    try {
      await insertRecords(this.trx, this.actor, records);
    } catch {
      await sql`ROLLBACK TO SAVEPOINT import_batch`.execute(this.trx);
      for (const record of records) await this.insertOne(record);
    }
    await sql`RELEASE SAVEPOINT import_batch`.execute(this.trx);
  }

  private async insertOne({ table, values, where }: NewRecord & { where: () => string }): Promise<void> {
    try {
      await insertRecord(this.trx, this.actor, table, values);
    } catch (error) {
      throw this.refused(where(), error);
    }
  }

  /**
   * What the database refused, and where in the files. Checks before writing should leave nothing the
   * database refuses; if they do, the run says where and stops (the transaction can take no more).
   */
  private refused(where: string, error: unknown): ImportError {
    return new ImportError([
      ...this.problems,
      `${where}: could not be written (${(error as Error).message})`,
    ]);
  }

  /**
   * The record's id: an existing one with the key (completed where blank), or a new one. `fresh` says the
   * parent was just created, so nothing can have the key yet. A record that conflicts with the one held is
   * reported (and `finish` will throw) and left as it is.
   */
  async place(incoming: Incoming, reason: string, fresh = false): Promise<{ id: string; created: boolean }> {
    try {
      return await this.placeOrThrow(incoming, reason, fresh);
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw this.refused(incoming.where(), error);
    }
  }

  private async placeOrThrow(
    incoming: Incoming,
    reason: string,
    fresh: boolean,
  ): Promise<{ id: string; created: boolean }> {
    const { table, key, values, defaults = {}, where } = incoming;
    const count = (kind: 'inserted' | 'updated' | 'unchanged'): void => {
      this.summary[kind][table] = (this.summary[kind][table] ?? 0) + 1;
    };
    const given = Object.fromEntries(Object.entries(values).filter(([, v]) => comparable(v) !== null));
    const inferred = Object.fromEntries(
      Object.entries(defaults).filter(([, v]) => v !== null && v !== undefined),
    );
    let candidates: RecordValues[] = [];
    if (!fresh && !(await this.holdsNone(table))) candidates = await this.lookUp(table, key);
    if (candidates.length === 0) {
      const values = { id: orderedId(), ...key, ...inferred, ...given };
      const id = String(values.id);
      this.waiting.push({ table, values, where });
      this.claimed.add(`${table}:${id}`);
      if (this.waiting.length >= this.batch) await this.write();
      count('inserted');
      return { id, created: true };
    }
    const differences = candidates.map((held) => {
      const fills: RecordValues = {};
      const conflicts: string[] = [];
      for (const [column, value] of Object.entries(given)) {
        const was = comparable(held[column]);
        if (was === null) fills[column] = value;
        else if (was !== comparable(value))
          conflicts.push(
            `${where(column)}: the file gives ${this.shown(value)} where the record holds ${this.shown(held[column])}`,
          );
      }
      for (const [column, value] of Object.entries(inferred))
        if (comparable(held[column]) === null && comparable(value) !== null && !(column in fills))
          fills[column] = value;
      // What the record holds that the file leaves blank: no conflict, but a sibling may match better.
      const extra = Object.keys(values).filter(
        (column) => comparable(values[column]) === null && comparable(held[column]) !== null,
      ).length;
      return { held, fills, conflicts, distance: Object.keys(fills).length + extra };
    });
    // The closest record that does not conflict: the same one each time the same file is imported, even
    // among siblings with one key (two assessments started on one day).
    const chosen = differences
      .filter((d) => d.conflicts.length === 0)
      .reduce<(typeof differences)[number] | undefined>(
        (best, d) => (best && best.distance <= d.distance ? best : d),
        undefined,
      );
    if (!chosen) {
      // Reported, not written; what the record holds under it is still compared, to report every conflict.
      for (const message of differences[0]!.conflicts) this.problem(message);
      this.claimed.add(`${table}:${String(differences[0]!.held.id)}`);
      return { id: String(differences[0]!.held.id), created: false };
    }
    const id = String(chosen.held.id);
    this.claimed.add(`${table}:${id}`);
    if (Object.keys(chosen.fills).length === 0) {
      count('unchanged');
    } else {
      await this.write();
      await updateRecord(this.trx, this.actor, table, id, chosen.fills, reason);
      count('updated');
    }
    return { id, created: false };
  }

  /**
   * Places a planned record under its parent (the columns that join it to the child and episode), with
   * problems located by `checks`. See `place`.
   */
  placePlanned(
    plan: Planned,
    parent: RecordValues,
    fresh: boolean,
    checks: FieldChecks,
    reason: string,
  ): Promise<{ id: string; created: boolean }> {
    const where = (column?: string): string => {
      const [row, field] = (column && plan.sources[column]) || [plan.row, column];
      return checks.at(row, field);
    };
    return this.place({ ...plan.incoming, key: { ...parent, ...plan.incoming.key }, where }, reason, fresh);
  }

  /** Throws every problem (rolling the run back), or audits the run when it changed the record. */
  async finish(files: readonly string[]): Promise<ImportSummary> {
    if (this.problems.length > 0) throw new ImportError(this.problems);
    await this.write();
    const { inserted, updated } = this.summary;
    if (Object.keys(inserted).length + Object.keys(updated).length > 0)
      await audit(this.trx, {
        laCode: this.actor.laCode,
        userId: this.actor.userId,
        action: 'import',
        subjectType: 'authority',
        subjectId: this.actor.laCode,
        detail: { format: this.format, files, inserted, updated },
      });
    return this.summary;
  }
}

/**
 * How a return writes dates: its pattern in words, the reading of one as 'YYYY-MM-DD' (null if not), and the
 * writing of one as the file does, for problems to give dates as the file gives them.
 */
export interface DateFormat {
  written: string;
  read: (value: string) => string | null;
  write: (date: string) => string;
}
export const DATE_ISO: DateFormat = {
  written: 'YYYY-MM-DD',
  read: (v) => (isIsoDate(v) ? v : null),
  write: (date) => date,
};
export const DATE_DMY: DateFormat = { written: 'DD/MM/YYYY', read: parseDmy, write: formatDmy };

/** A row of a return's file, as read: every field a string, '' when blank. */
export type SourceRow = Record<string, string>;

/**
 * Checks of a file's values against what Hearth's record can hold. Each check returns the value as the
 * record holds it, or null when blank or not holdable; a value that cannot be held is a problem naming the
 * file, line or row, child and field (as `at` says where).
 */
export class FieldChecks {
  constructor(
    private readonly problems: string[],
    /** What the codes are called in problems: 'census' codes, 'SSDA903' codes. */
    private readonly codesOf: string,
    private readonly dates: DateFormat,
    readonly at: (row: SourceRow, field?: string) => string,
  ) {}

  problem(row: SourceRow, field: string, message: string): void {
    this.problems.push(`${this.at(row, field)}: ${message}`);
  }

  /** A date ('YYYY-MM-DD') as the file writes dates. */
  shown(date: string): string {
    return this.dates.write(date);
  }

  text(row: SourceRow, field: string, required = false): string | null {
    const value = row[field] ?? '';
    if (value === '' && required) this.problem(row, field, 'is missing; Hearth needs it');
    return value === '' ? null : value;
  }

  date(row: SourceRow, field: string, required = false): string | null {
    const value = this.text(row, field, required);
    if (value === null) return null;
    const date = this.dates.read(value);
    if (date === null) this.problem(row, field, `"${value}" is not a date written ${this.dates.written}`);
    return date;
  }

  code(row: SourceRow, field: string, lists: readonly CodeList[], required = false): string | null {
    const value = this.text(row, field, required);
    if (value === null || lists.some((list) => isCode(list, value))) return value;
    this.problem(
      row,
      field,
      `"${value}" is not one of the ${this.codesOf} codes (${lists[0]!.codes.join(', ')})`,
    );
    return null;
  }

  bool(row: SourceRow, field: string): boolean | null {
    const value = this.text(row, field);
    if (value === null) return null;
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.problem(row, field, `"${value}" is not true or false`);
    return null;
  }

  upn(row: SourceRow, field: string): string | null {
    const value = this.text(row, field);
    if (value === null) return null;
    const upn = normaliseUpn(value);
    if (upn === null) this.problem(row, field, `"${value}" is not a UPN (a check letter and 12 characters)`);
    return upn;
  }

  /** A child ID Hearth can hold (person.la_child_id). */
  childId(row: SourceRow, field: string): string | null {
    const value = this.text(row, field, true);
    if (value === null || /^[A-Za-z0-9/_-]{1,20}$/.test(value)) return value;
    this.problem(row, field, `"${value}" is not a child ID Hearth can hold (1-20 letters, digits, - _ /)`);
    return null;
  }

  /** `later` is on or after `earlier`, when both are known. */
  order(row: SourceRow, field: string, later: string | null, earlier: string | null, what: string): void {
    if (later !== null && earlier !== null && later < earlier)
      this.problem(row, field, `${this.shown(later)} is before the ${what} ${this.shown(earlier)}`);
  }

  /** Both fields given, or neither: Hearth holds an end with its reason. */
  together(row: SourceRow, first: string, second: string): void {
    if ((row[first] ?? '') === '' && (row[second] ?? '') !== '')
      this.problem(
        row,
        first,
        `is missing, but ${second} is given; Hearth cannot hold one without the other`,
      );
    else if ((row[first] ?? '') !== '' && (row[second] ?? '') === '')
      this.problem(
        row,
        second,
        `is missing, but ${first} is given; Hearth cannot hold one without the other`,
      );
  }
}
