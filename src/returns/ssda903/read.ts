import fs from 'node:fs';
import path from 'node:path';
import {
  collectionDates,
  TABLES_2025,
  TABLES_2026,
  type Row,
  type Ssda903Data,
  type TableName,
} from './spec.ts';
import { decodeCsv, decodeXml, EncodingError, utf8Bytes } from './decode.ts';
import { readSsda903XmlAsValidator } from './xml.ts';

export class Ssda903FileError extends Error {}

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/**
 * A CSV text (RFC 4180) as records of cells: cells in double quotes may hold commas, line breaks and doubled
 * quotes; spaces around a cell outside quotes are dropped; blank lines are skipped. Written here rather than
 * with csv-parse, which took most of the time of validating a large authority's return (about 290 ms of
 * parsing for 2 MB, where this takes a tenth of that). Throws a plain Error saying what is wrong.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  let line = 1;
  while (i <= n) {
    let j = i;
    while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
    let cell: string;
    if (j < n && text.charCodeAt(j) === QUOTE) {
      let out = '';
      let from = j + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new Error(`line ${line}: a quoted cell is not closed`);
        if (text.charCodeAt(q + 1) === QUOTE) {
          out += text.slice(from, q + 1);
          from = q + 2;
          continue;
        }
        out += text.slice(from, q);
        j = q + 1;
        break;
      }
      for (let k = 0; k < out.length; k++) if (out.charCodeAt(k) === LF) line++;
      while (j < n && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB)) j++;
      const next = j < n ? text.charCodeAt(j) : LF;
      if (next !== COMMA && next !== LF && next !== CR) {
        throw new Error(`line ${line}: a quoted cell is followed by more than a comma or the line's end`);
      }
      cell = out;
    } else {
      let k = j;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c === COMMA || c === LF || c === CR) break;
      }
      cell = text.slice(j, k).trimEnd();
      j = k;
    }
    row.push(cell);
    if (j < n && text.charCodeAt(j) === COMMA) {
      i = j + 1;
      continue;
    }
    if (!(row.length === 1 && row[0] === '')) records.push(row);
    row = [];
    if (j >= n) break;
    if (text.charCodeAt(j) === CR && text.charCodeAt(j + 1) === LF) j++;
    line++;
    i = j + 1;
  }
  return records;
}

/** The bytes that end an unquoted cell: a comma or a line's end. */
const ENDS_CELL = new Uint8Array(256);
ENDS_CELL[COMMA] = ENDS_CELL[LF] = ENDS_CELL[CR] = 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The distinct cells read, each kept once with its capitals (a return of 3,000 children has about 370,000
 * cells but 26,000 distinct ones: codes, dates, child ids). A cell found here is not made again, so reading
 * a return makes few strings and its tables hold few objects for the garbage collector to move. Cells are
 * found by their bytes (kept as a Latin-1 string, one character a byte), so a file is not first decoded into
 * one long string. Kept between reads (cells repeat from file to file and year to year) and emptied when
 * half full.
 */
class CellPool {
  private static readonly SIZE = 1 << 17;
  private bytes = new Array<string | undefined>(CellPool.SIZE);
  private texts = new Array<string>(CellPool.SIZE);
  private capitals = new Array<string>(CellPool.SIZE);
  private used = 0;

  /**
   * The UTF-8 text of bytes[from, to), whose FNV-1a hash is `hash`, as the one string kept for it, or for
   * its capitals.
   */
  cell(bytes: Buffer, from: number, to: number, hash: number, capitals: boolean): string {
    const mask = CellPool.SIZE - 1;
    const length = to - from;
    let slot = hash & mask;
    for (let kept = this.bytes[slot]; kept !== undefined; kept = this.bytes[slot]) {
      if (kept.length === length && startsAt(bytes, from, kept)) {
        return capitals ? this.capitals[slot]! : this.texts[slot]!;
      }
      slot = (slot + 1) & mask;
    }
    if (this.used >= CellPool.SIZE / 2) {
      this.bytes = new Array<string | undefined>(CellPool.SIZE);
      this.texts = new Array<string>(CellPool.SIZE);
      this.capitals = new Array<string>(CellPool.SIZE);
      this.used = 0;
      slot = hash & mask;
    }
    const key = bytes.toString('latin1', from, to);
    let wide = false;
    for (let j = from; j < to && !wide; j++) wide = bytes[j]! > 0x7f;
    const text = wide ? bytes.toString('utf8', from, to) : key;
    const upper = text.toUpperCase();
    this.bytes[slot] = key;
    this.texts[slot] = text;
    this.capitals[slot] = upper;
    this.used++;
    return capitals ? upper : text;
  }
}

const CELLS = new CellPool();

/** Whether `bytes` hold `kept` (one character a byte) at `from`. */
function startsAt(bytes: Buffer, from: number, kept: string): boolean {
  for (let j = 0; j < kept.length; j++) if (kept.charCodeAt(j) !== bytes[from + j]) return false;
  return true;
}

/**
 * A CSV file's bytes (UTF-8) as the DfE's validator reads them: pandas' read_csv with its defaults (the C
 * tokenizer), as lac_validator/ingress.py calls it. Each record is given to `record` as its cells, in an
 * array reused for the next record (its first `count` cells are the record's; copy what is kept). Unlike
 * parseCsv nothing is trimmed: a cell is every character between the commas (' C2' is ' C2', which the
 * validator does not take for C2). A cell is quoted only when it starts with a double quote; after the
 * closing quote the rest of the cell is read as it is ('"a"b' is 'ab'), and a quote inside an unquoted cell
 * is itself. Lines that are empty or only spaces and tabs are skipped; a line of commas is a record of blank
 * cells. Lines end at LF, CRLF or CR. With `capitals`, every cell after the first record (the header) is
 * given in capitals. Commas, quotes and line ends are single bytes in UTF-8, never part of a longer
 * character, so the bytes are read as they are. Throws a plain Error (as pandas does) when a quoted cell is
 * not closed.
 */
export function tokenizeCsv(
  bytes: Buffer,
  capitals: boolean,
  record: (cells: readonly string[], count: number) => void,
): void {
  const n = bytes.length;
  // The record's cells: one array, kept at its longest, so that a record does not allocate one.
  const row: string[] = [];
  let count = 0;
  let first = true;
  let i = 0;
  while (i < n) {
    if (count === 0) {
      // A new line: skipped when it is empty or only spaces and tabs.
      let j = i;
      let c = bytes[j];
      while (c === SPACE || c === TAB) c = bytes[++j];
      if (j >= n) break;
      if (c === LF || c === CR) {
        i = c === CR && bytes[j + 1] === LF ? j + 2 : j + 1;
        continue;
      }
    }
    const upper = capitals && !first;
    let k = i;
    let cell: string;
    if (bytes[i] === QUOTE) {
      cell = '';
      let from = i + 1;
      for (;;) {
        const q = bytes.indexOf(QUOTE, from);
        if (q < 0) throw new Error(`line ${lineAt(bytes, i)}: a quoted cell is not closed`);
        if (bytes[q + 1] === QUOTE) {
          cell += bytes.toString('utf8', from, q + 1);
          from = q + 2;
          continue;
        }
        cell += bytes.toString('utf8', from, q);
        k = q + 1;
        break;
      }
      const rest = k;
      while (k < n && ENDS_CELL[bytes[k]!] !== 1) k++;
      if (k > rest) cell += bytes.toString('utf8', rest, k);
      if (upper) cell = cell.toUpperCase();
    } else {
      let hash = FNV_OFFSET;
      for (; k < n; k++) {
        const c = bytes[k]!;
        if (ENDS_CELL[c] === 1) break;
        hash = Math.imul(hash ^ c, FNV_PRIME);
      }
      cell = CELLS.cell(bytes, i, k, hash, upper);
    }
    row[count++] = cell;
    if (k < n && bytes[k] === COMMA) {
      i = k + 1;
      // A comma ending the text ends the line with a blank cell.
      if (i >= n) row[count++] = '';
      else continue;
    }
    record(row, count);
    count = 0;
    first = false;
    i = bytes[k] === CR && bytes[k + 1] === LF ? k + 2 : k + 1;
  }
}

/** The line (from 1) of a byte of a file. */
function lineAt(bytes: Buffer, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(LF); i >= 0 && i < at; i = bytes.indexOf(LF, i + 1)) line++;
  return line;
}

/** The tables of a collection year, with their columns. */
export function tablesOf(year: number): Record<string, readonly string[]> {
  return year >= 2026 ? TABLES_2026 : TABLES_2025;
}

/** The table whose columns are exactly `header` (each once, in any order), or undefined. */
function tableWithColumns(header: readonly string[], year: number): TableName | undefined {
  const columns = new Set(header);
  const match = Object.entries(tablesOf(year)).find(
    ([, expected]) =>
      expected.length === header.length &&
      expected.length === columns.size &&
      expected.every((c) => columns.has(c)),
  );
  return match?.[0] as TableName | undefined;
}

function notATable(file: string, header: readonly string[], year: number): Ssda903FileError {
  return new Ssda903FileError(
    `${path.basename(file)}: its columns (${header.join(', ')}) are not those of any SSDA903 table for ${year}/${(year + 1) % 100}`,
  );
}

function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new Ssda903FileError(`${path.basename(file)}: cannot be read (${(error as Error).message})`);
  }
}

/**
 * Reads one CSV file for an import and tells which table it is by its set of columns, as the DfE validator
 * does (file names do not matter). The layout and encoding are read as case-management systems and Excel
 * write them: UTF-8 with or without a byte order mark, UTF-16 with one, or Windows-1252; spaces around
 * column names and unquoted cells; empty columns after the last (trailing commas, on the header or on the
 * rows); rows missing their last blank cells; rows of only blank cells (Excel's ",,,,"), which are skipped.
 * Values are not changed. `rowNumbers` gives each row's place in the file (the header is row 1). Throws
 * naming the file (and row) when it is not one of the year's tables or a row has a value past the columns.
 */
export function readTableFile(
  file: string,
  year: number,
): { name: TableName; rows: Row[]; rowNumbers: number[] } {
  let records: string[][];
  try {
    records = parseCsv(decodeCsv(readBytes(file)));
  } catch (error) {
    if (error instanceof Ssda903FileError) throw error;
    throw new Ssda903FileError(
      `${path.basename(file)}: not a readable CSV file (${(error as Error).message})`,
    );
  }
  const [header = [], ...body] = records;
  let width = header.length;
  while (width > 0 && header[width - 1] === '') width--;
  const columns = header.slice(0, width);
  const name = tableWithColumns(columns, year);
  if (!name) throw notATable(file, columns, year);
  const rows: Row[] = [];
  const rowNumbers: number[] = [];
  body.forEach((cells, i) => {
    for (let j = width; j < cells.length; j++)
      if (cells[j] !== '')
        throw new Ssda903FileError(
          `${path.basename(file)}, row ${i + 2}: ${cells.length} cells where the header has ${width}, the cell after the last column holding "${cells[j]}"`,
        );
    if (cells.every((c) => c === '')) return;
    const row: Row = {};
    for (let j = 0; j < width; j++) row[columns[j]!] = cells[j] ?? '';
    rows.push(row);
    rowNumbers.push(i + 2);
  });
  return { name, rows, rowNumbers };
}

/**
 * Reads one CSV file as the DfE validator reads it (lac_validator/ingress.py, pandas 1.5), and tells which
 * table it is by its exact set of column names. The file must be UTF-8 (a byte order mark is dropped); the
 * cells are read by tokenizeCsv, nothing trimmed; a blank cell is '' (pandas' NaN: only an empty cell is,
 * as the validator's converters read every cell as text, so 'NA', 'NULL' and 'nan' are text); every cell
 * is in capitals. A row with fewer cells than the header has blanks for the rest. When the first row has
 * more cells than the header, pandas takes the extra cells at the start of each row as the row's index
 * (every row then reads one place to the right); a later row with more cells than the first stops pandas
 * from reading the file, and the file is refused here too.
 */
function readTableAsValidator(file: string, year: number): { name: TableName; rows: Row[] } {
  const rows: Row[] = [];
  let header: string[] | undefined;
  let tooLong: string | undefined;
  let make: RowMaker | undefined;
  // How many cells of each row come before the columns (pandas' index) and the most a row may have.
  let index = 0;
  let most = 0;
  try {
    tokenizeCsv(utf8Bytes(readBytes(file)), true, (cells, count) => {
      if (!header) {
        header = cells.slice(0, count);
        return;
      }
      const width = header.length;
      if (rows.length === 0) {
        index = count > width ? count - width : 0;
        most = width + index;
      }
      if (count > most) {
        tooLong ??= `${path.basename(file)}, row ${rows.length + 2}: ${count} cells where ${index > 0 ? 'the first row' : 'the header'} has ${most}`;
        return;
      }
      make ??= rowMaker(header, year);
      rows.push(make(cells, count, index));
    });
  } catch (error) {
    if (error instanceof Ssda903FileError) throw error;
    throw new Ssda903FileError(
      `${path.basename(file)}: not a readable CSV file (${(error as Error).message})`,
    );
  }
  // The columns are judged once the file has been read, as pandas reads the whole file first.
  const name = tableWithColumns(header ?? [], year);
  if (!name) throw notATable(file, header ?? [], year);
  if (tooLong) throw new Ssda903FileError(tooLong);
  return { name, rows };
}

/** Makes a row from a record's first `count` cells, its columns starting at cell `index`. */
type RowMaker = (cells: readonly string[], count: number, index: number) => Row;

const rowMakers = new Map<string, RowMaker>();

/**
 * How the rows of a file with this header are made. For a header naming one of the year's tables (in any
 * order), a function returning an object literal of those columns, made once per header and kept: each row
 * is then one object with its cells inside it, which V8 soon allocates where long-lived objects go, instead
 * of an empty object given its properties one by one (a larger object copied at every garbage collection
 * while the return is read and validated: about a tenth of the validation's time). Only the columns of the
 * DfE's tables (spec.ts), never other text from the file, are written into the function. Any other header
 * (a file that is about to be refused) has its rows made property by property.
 */
function rowMaker(header: readonly string[], year: number): RowMaker {
  if (!tableWithColumns(header, year)) {
    return (cells, count, index) => {
      const row: Row = {};
      header.forEach((column, j) => (row[column] = j + index < count ? cells[j + index]! : ''));
      return row;
    };
  }
  const key = header.join(',');
  let make = rowMakers.get(key);
  if (!make) {
    const cells = header.map((column, j) => `${JSON.stringify(column)}: ${j} + i < n ? c[${j} + i] : ''`);
    make = new Function('c', 'n', 'i', `return { ${cells.join(', ')} };`) as RowMaker;
    rowMakers.set(key, make);
  }
  return make;
}

/** The file name suffix that marks last year's tables (the reference validator's "previous year" files). */
export const LAST_YEAR_SUFFIX = '_last';

/**
 * Reads every .csv in a directory as one collection's tables, for the rules, each file as the DfE validator
 * reads it (readTableAsValidator): cells as written but every cell in capitals (codes, postcodes and child
 * ids written in small letters are read as capitals, and findings name the child in capitals as its
 * findings do), spaces kept, only an empty cell blank. Files named with the suffix `_last`
 * (`Episodes_last.csv`) are the previous collection year's tables, recognised by that year's columns and
 * given to the rules that compare with last year (their tables end `_last`).
 */
export function readSsda903Directory(dir: string, year: number, laCode = ''): Ssda903Data {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort();
  if (files.length === 0) throw new Ssda903FileError(`${dir}: there are no .csv files`);
  const tables: Ssda903Data['tables'] = {};
  const last: Ssda903Data['tables'] = {};
  for (const file of files) {
    const isLast = path.basename(file, path.extname(file)).endsWith(LAST_YEAR_SUFFIX);
    const { name, rows } = readTableAsValidator(path.join(dir, file), isLast ? year - 1 : year);
    const into = isLast ? last : tables;
    if (into[name]) {
      const which = isLast ? `last year's ${name}` : name;
      throw new Ssda903FileError(`${file}: a second ${which} table; give each table once`);
    }
    into[name] = rows;
  }
  if (Object.keys(tables).length === 0)
    throw new Ssda903FileError(`${dir}: there are only last year's files (…_last.csv), not this year's`);
  return {
    year,
    laCode,
    ...collectionDates(year),
    tables,
    ...(Object.keys(last).length > 0 ? { last } : {}),
  };
}

/**
 * Reads the XML form of a return (one file, CLA.xsd) for the rules, as the DfE validator reads it
 * (readSsda903XmlAsValidator): the tables its children give, every cell in capitals. The form has no social
 * worker episodes (SWEpisodes), DoLo or last year's tables, so the rules needing them are skipped, as the
 * DfE validator skips them for an XML upload. The file is refused when it is not well-formed XML or its
 * bytes are not of its encoding, as ElementTree refuses it.
 */
export function readSsda903XmlFile(file: string, year: number, laCode = ''): Ssda903Data {
  let text: string;
  try {
    text = decodeXml(readBytes(file), false);
  } catch (error) {
    if (!(error instanceof EncodingError)) throw error;
    throw new Ssda903FileError(`${path.basename(file)}: cannot be read (${error.message})`);
  }
  const { tables, problems } = readSsda903XmlAsValidator(text, path.basename(file));
  if (problems.length > 0) throw new Ssda903FileError(problems.join('\n'));
  for (const rows of Object.values(tables))
    for (const row of rows) for (const key in row) row[key] = row[key]!.toUpperCase();
  return { year, laCode, ...collectionDates(year), tables };
}

/** A return to validate: the XML form when given an .xml file, else a directory of CSV files. */
export function readSsda903Return(source: string, year: number, laCode = ''): Ssda903Data {
  return source.toLowerCase().endsWith('.xml') && !isDirectory(source)
    ? readSsda903XmlFile(source, year, laCode)
    : readSsda903Directory(source, year, laCode);
}

function isDirectory(source: string): boolean {
  try {
    return fs.statSync(source).isDirectory();
  } catch {
    return false;
  }
}
