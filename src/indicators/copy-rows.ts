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

/** Codes repeat across records: one shared string each. */
const CODES = new Map<string, string>();
function intern(value: string): string {
  const known = CODES.get(value);
  if (known !== undefined) return known;
  CODES.set(value, value);
  return value;
}

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
    return intern(this.uuid(field));
  }

  sharedUuidOrNull(field: number): string | null {
    return this.isNull(field) ? null : this.sharedUuid(field);
  }

  /** A uuid's 16 bytes as a short string: a key to find a record by, not for showing. */
  key(field: number): string {
    const at = this.at(field, 16);
    return this.bytes.toString('latin1', at, at + 16);
  }

  /** A date as the one string `fromDayNumber` keeps for its day. */
  date(field: number): string {
    return fromDayNumber(this.bytes.readInt32BE(this.at(field, 4)) + DAYS_1970_TO_2000);
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
    return this.bytes.readInt32BE(this.at(field, 4));
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
    return intern(this.text(field));
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

/**
 * Runs `query` (a SELECT) as `COPY (query) TO STDOUT` in binary on the transaction's connection and calls
 * `each` with every row; the row object is reused, so `each` must take what it needs before returning.
 * Resolves to the number of rows.
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
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const bytes: Buffer = rest === null ? chunk : Buffer.concat([rest, chunk]);
    let at = 0;
    if (!header) {
      if (bytes.length < HEADER) {
        rest = bytes;
        continue;
      }
      if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('not a binary COPY');
      at = HEADER + bytes.readInt32BE(SIGNATURE.length + 4);
      header = true;
    }
    row.bytes = bytes;
    while (at + 2 <= bytes.length) {
      const fields = bytes.readInt16BE(at);
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
        const length = bytes.readInt32BE(end);
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
  }
  await submitted;
  if (!ended || rest !== null) throw new Error(`the COPY of ${query} ended part way through a row`);
  return rows;
}
