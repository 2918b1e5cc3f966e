import { CompiledQuery } from 'kysely';
import { to as copyTo } from 'pg-copy-streams';
import type { Trx } from '../db/database.ts';
import { fromDayNumber } from '../domain/dates.ts';

/**
 * Reading millions of rows for the journey model: a query's rows come as PostgreSQL's binary COPY format and
 * each row is handed, as it arrives, to a callback that reads only the fields it wants, straight from the
 * bytes. No row objects, no text for dates or flags, no per-field strings except the ones kept: most of what
 * reading the model cost was pg turning every field into a string and every row into an object.
 *
 * The COPY runs on the transaction's own connection, so the transaction's snapshot, locks and row-level
 * security (the actor `inAuthority` entered) apply to it exactly as to any other query of the transaction.
 */

/** PostgreSQL's binary COPY signature, then a flags word and a header extension length. */
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
const HEADER = SIGNATURE.length + 8;
/** Binary dates count days from 2000-01-01, which is day 10,957 counted from 1970-01-01. */
const DAYS_1970_TO_2000 = 10_957;

/** The two hex digits of every byte, as character codes. */
const HEX = Buffer.from(
  Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0')).join(''),
);
const UUID_TEXT = Buffer.alloc(36, '-');
/** Where each of a uuid's 16 bytes goes in its 36-character text. */
const UUID_PLACES = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

/**
 * Dates by their binary day number (days from 2000-01-01), offset so that 1800 to 2199 fit: the strings
 * `fromDayNumber` keeps, found by index rather than by a map lookup per field.
 */
const DATE_OFFSET = 73_048;
const DATES: (string | undefined)[] = new Array<string | undefined>(2 * DATE_OFFSET + 1);

/** The signed 32-bit integer at `at`, most significant byte first (as Buffer.readInt32BE, without its checks). */
function int32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;
}

/** A 32-bit hash of `length` bytes from `at` (FNV-1a). */
function hashBytes(bytes: Buffer, at: number, length: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = at; i < at + length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash;
}

function sameBytes(bytes: Buffer, at: number, length: number, kept: Uint8Array): boolean {
  if (kept.length !== length) return false;
  for (let i = 0; i < length; i++) if (bytes[at + i] !== kept[i]) return false;
  return true;
}

interface Shared {
  bytes: Uint8Array;
  text: string;
  next: Shared | undefined;
}

/** The low bits of a hash that pick a SharedTexts slot. */
const MASK = (1 << 14) - 1;

/**
 * Values that repeat across records (codes; a team's or worker's id): one shared string each, found by the
 * field's bytes, so no string is made for a value already seen.
 */
class SharedTexts {
  /** Each slot, by the low bits of the bytes' hash, holds the values of that hash, chained. */
  private readonly slots: (Shared | undefined)[] = new Array<Shared | undefined>(MASK + 1).fill(undefined);

  /** The shared string of these bytes, when seen before. */
  get(bytes: Buffer, at: number, length: number): string | undefined {
    for (let known = this.slots[hashBytes(bytes, at, length) & MASK]; known !== undefined; known = known.next)
      if (sameBytes(bytes, at, length, known.bytes)) return known.text;
    return undefined;
  }

  /** Keeps `text` as the shared string of these bytes, and returns it. */
  add(bytes: Buffer, at: number, length: number, text: string): string {
    const slot = hashBytes(bytes, at, length) & MASK;
    this.slots[slot] = {
      bytes: Uint8Array.prototype.slice.call(bytes, at, at + length),
      text,
      next: this.slots[slot],
    };
    return text;
  }
}
const CODES = new SharedTexts();
const SHARED_UUIDS = new SharedTexts();

/** One row, read field by field (fields are numbered from 0 in the order the query selects them). */
export class CopyRow {
  /** The bytes the row is in, and where each field starts and how long it is (-1: null). */
  bytes: Buffer = Buffer.alloc(0);
  readonly start = new Int32Array(64);
  readonly length = new Int32Array(64);

  isNull(field: number): boolean {
    return this.length[field] === -1;
  }

  /** A uuid as the usual 36-character text. */
  uuid(field: number): string {
    const at = this.at(field, 16);
    for (let i = 0; i < 16; i++) {
      const byte = this.bytes[at + i]!;
      const place = UUID_PLACES[i]!;
      UUID_TEXT[place] = HEX[byte * 2]!;
      UUID_TEXT[place + 1] = HEX[byte * 2 + 1]!;
    }
    return UUID_TEXT.toString('latin1');
  }

  uuidOrNull(field: number): string | null {
    return this.isNull(field) ? null : this.uuid(field);
  }

  /** A uuid that repeats across records (a team's or worker's), as one shared string. */
  sharedUuid(field: number): string {
    const at = this.at(field, 16);
    return SHARED_UUIDS.get(this.bytes, at, 16) ?? SHARED_UUIDS.add(this.bytes, at, 16, this.uuid(field));
  }

  sharedUuidOrNull(field: number): string | null {
    return this.isNull(field) ? null : this.sharedUuid(field);
  }

  /** Where a uuid's 16 bytes start in `bytes`. */
  uuidAt(field: number): number {
    return this.at(field, 16);
  }

  /** A date as the one string `fromDayNumber` keeps for its day. */
  date(field: number): string {
    const day = int32(this.bytes, this.at(field, 4));
    const known = DATES[day + DATE_OFFSET];
    if (known !== undefined) return known;
    const date = fromDayNumber(day + DAYS_1970_TO_2000);
    if (day >= -DATE_OFFSET && day <= DATE_OFFSET) DATES[day + DATE_OFFSET] = date;
    return date;
  }

  dateOrNull(field: number): string | null {
    return this.isNull(field) ? null : this.date(field);
  }

  boolean(field: number): boolean {
    return this.bytes[this.at(field, 1)] !== 0;
  }

  booleanOrNull(field: number): boolean | null {
    return this.isNull(field) ? null : this.boolean(field);
  }

  integer(field: number): number {
    return int32(this.bytes, this.at(field, 4));
  }

  text(field: number): string {
    const at = this.at(field);
    return this.bytes.toString('utf8', at, at + this.length[field]!);
  }

  textOrNull(field: number): string | null {
    return this.isNull(field) ? null : this.text(field);
  }

  /** Text that repeats across records (a code), as one shared string. */
  code(field: number): string {
    const at = this.at(field);
    const length = this.length[field]!;
    return CODES.get(this.bytes, at, length) ?? CODES.add(this.bytes, at, length, this.text(field));
  }

  codeOrNull(field: number): string | null {
    return this.isNull(field) ? null : this.code(field);
  }

  /** Where a field's bytes start, checking it is not null and, when given, has the length its type has. */
  private at(field: number, size?: number): number {
    const length = this.length[field]!;
    if (length === -1) throw new Error(`field ${field} is null`);
    if (size !== undefined && length !== size)
      throw new Error(`field ${field} has ${length} bytes, not the ${size} its type has`);
    return this.start[field]!;
  }
}

/** A 32-bit hash of a uuid, given as four 32-bit words. */
function hashUuid(a: number, b: number, c: number, d: number): number {
  let hash = Math.imul(a, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 15) ^ b, 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13) ^ c, 0xc2b2ae35);
  hash = Math.imul(hash ^ (hash >>> 16) ^ d, 0x9e3779b1);
  return hash ^ (hash >>> 15);
}

/**
 * Values (children) found by the 16 bytes of a row's uuid field, with no string made for the uuid: a table
 * of open addressing over the uuids, each kept as four 32-bit words.
 */
export class ByUuid<T> {
  private words = new Int32Array(4 * 1024);
  private readonly values: T[] = [];
  /** Each slot holds the index of a value, or -1. */
  private slots = new Int32Array(2048).fill(-1);
  /** The index of the value `get` found last, or -1. */
  private last = -1;

  set(row: CopyRow, field: number, value: T): void {
    const bytes = row.bytes;
    const at = row.uuidAt(field);
    const index = this.values.length;
    if (4 * (index + 1) > this.words.length) {
      const words = new Int32Array(2 * this.words.length);
      words.set(this.words);
      this.words = words;
    }
    for (let word = 0; word < 4; word++) this.words[4 * index + word] = int32(bytes, at + 4 * word);
    this.values.push(value);
    if (2 * this.values.length > this.slots.length) {
      this.slots = new Int32Array(2 * this.slots.length).fill(-1);
      for (let placed = 0; placed < this.values.length; placed++) this.place(placed);
    } else this.place(index);
  }

  /** The value set for the uuid in the row's field, or undefined. */
  get(row: CopyRow, field: number): T | undefined {
    const bytes = row.bytes;
    const at = row.uuidAt(field);
    const a = int32(bytes, at);
    const b = int32(bytes, at + 4);
    const c = int32(bytes, at + 8);
    const d = int32(bytes, at + 12);
    const words = this.words;
    // A child's records mostly come one after another: the value found last is tried first.
    let index = this.last;
    let from = 4 * index;
    if (
      index !== -1 &&
      words[from] === a &&
      words[from + 1] === b &&
      words[from + 2] === c &&
      words[from + 3] === d
    )
      return this.values[index];
    const mask = this.slots.length - 1;
    for (let slot = hashUuid(a, b, c, d) & mask; ; slot = (slot + 1) & mask) {
      index = this.slots[slot]!;
      if (index === -1) return undefined;
      from = 4 * index;
      if (words[from] === a && words[from + 1] === b && words[from + 2] === c && words[from + 3] === d) {
        this.last = index;
        return this.values[index];
      }
    }
  }

  private place(index: number): void {
    const words = this.words;
    const from = 4 * index;
    const mask = this.slots.length - 1;
    let slot = hashUuid(words[from]!, words[from + 1]!, words[from + 2]!, words[from + 3]!) & mask;
    while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
    this.slots[slot] = index;
  }
}

/**
 * Runs `query` (a SELECT) as `COPY (query) TO STDOUT` in binary on the transaction's connection and calls
 * `each` with every row; the row object is reused, so `each` must take what it needs before returning.
 * Resolves to the number of rows. Should `each` throw, the rest of the COPY is still read (and dropped) so
 * that the connection is left ready for the transaction's next statement, then the error is thrown.
 */
export async function copyRows(trx: Trx, query: string, each: (row: CopyRow) => void): Promise<number> {
  const stream = copyTo(`COPY (${query}) TO STDOUT (FORMAT binary)`);
  // Kysely passes a compiled query's `sql` to the pg client's `query` as it is, and pg runs an object with a
  // `submit` method (a Submittable, as pg-copy-streams makes) in its turn on that connection: the COPY is
  // queued on the transaction's connection like any other query of the transaction.
  const submitted = trx.executeQuery({ ...CompiledQuery.raw(''), sql: stream as unknown as string });
  const row = new CopyRow();
  let rows = 0;
  let header = false;
  let rest: Buffer | null = null;
  let ended = false;
  let failure: unknown = undefined;

  /** Hands each whole row of `bytes` to `each`, keeping a row cut short for the next chunk. */
  const rowsOf = (bytes: Buffer) => {
    let at = 0;
    if (!header) {
      if (bytes.length < HEADER) {
        rest = bytes;
        return;
      }
      if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a binary COPY');
      at = HEADER + bytes.readInt32BE(SIGNATURE.length + 4);
      header = true;
    }
    row.bytes = bytes;
    while (at + 2 <= bytes.length) {
      const fields = ((bytes[at]! << 24) >> 16) | bytes[at + 1]!;
      if (fields === -1) {
        ended = true;
        at += 2;
        break;
      }
      if (fields > row.start.length)
        throw new Error(`a row of ${fields} fields is more than COPY rows allow`);
      let end = at + 2;
      let whole = true;
      for (let field = 0; field < fields; field++) {
        if (end + 4 > bytes.length) {
          whole = false;
          break;
        }
        const length = int32(bytes, end);
        row.start[field] = end + 4;
        row.length[field] = length;
        end += 4 + (length > 0 ? length : 0);
      }
      if (!whole || end > bytes.length) break;
      each(row);
      rows++;
      at = end;
    }
    rest = at < bytes.length ? bytes.subarray(at) : null;
  };

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    if (failure !== undefined) continue;
    try {
      rowsOf(rest === null ? chunk : Buffer.concat([rest, chunk]));
    } catch (error) {
      failure = error;
    }
  }
  await submitted;
  if (failure !== undefined) throw failure;
  if (!ended || rest !== null) throw new Error(`the COPY of ${query} ended part way through a row`);
  return rows;
}
