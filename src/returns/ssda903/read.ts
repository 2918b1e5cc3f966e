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
import { readSsda903Xml, XML_TABLES } from './xml.ts';

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

/** The tables of a collection year, with their columns. */
export function tablesOf(year: number): Record<string, readonly string[]> {
  return year >= 2026 ? TABLES_2026 : TABLES_2025;
}

/**
 * Reads one CSV file and tells which table it is by its set of columns, as the DfE validator does (file
 * names do not matter). Throws naming the file when it is not one of the year's tables. With `upperCase`,
 * every cell is read in capitals, as the DfE validator reads them before its rules run ('c2' is C2).
 */
export function readTableFile(
  file: string,
  year: number,
  upperCase = false,
): { name: TableName; rows: Row[] } {
  let records: string[][];
  try {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    records = parseCsv(text);
  } catch (error) {
    throw new Ssda903FileError(
      `${path.basename(file)}: not a readable CSV file (${(error as Error).message})`,
    );
  }
  const [header = [], ...body] = records;
  const columns = new Set(header);
  const match = Object.entries(tablesOf(year)).find(
    ([, expected]) => expected.length === columns.size && expected.every((c) => columns.has(c)),
  );
  if (!match) {
    throw new Ssda903FileError(
      `${path.basename(file)}: its columns (${header.join(', ')}) are not those of any SSDA903 table for ${year}/${(year + 1) % 100}`,
    );
  }
  const rows = body.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Ssda903FileError(
        `${path.basename(file)}, row ${i + 2}: ${cells.length} cells where the header has ${header.length}`,
      );
    }
    const row: Row = {};
    for (let j = 0; j < header.length; j++) row[header[j]!] = upperCase ? cells[j]!.toUpperCase() : cells[j]!;
    return row;
  });
  return { name: match[0] as TableName, rows };
}

/** The file name suffix that marks last year's tables (the reference validator's "previous year" files). */
export const LAST_YEAR_SUFFIX = '_last';

/**
 * Reads every .csv in a directory as one collection's tables, for the rules: every cell in capitals, as the
 * DfE validator reads them (codes, postcodes and child ids written in small letters are read as capitals,
 * and findings name the child in capitals as its findings do). Files named with the suffix `_last`
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
    const { name, rows } = readTableFile(path.join(dir, file), isLast ? year - 1 : year, true);
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
 * Reads the XML form of a return (one file, CLA.xsd) for the rules: every table the form holds (with no
 * rows when no child has any), every cell in capitals as readSsda903Directory reads them. The form has no
 * social worker episodes (SWEpisodes), DoLo or last year's tables, so the rules needing them are skipped,
 * as the DfE validator skips them for an XML upload.
 */
export function readSsda903XmlFile(file: string, year: number, laCode = ''): Ssda903Data {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new Ssda903FileError(`${path.basename(file)}: cannot be read (${(error as Error).message})`);
  }
  const { rows, problems } = readSsda903Xml(text, path.basename(file));
  if (problems.length > 0) throw new Ssda903FileError(problems.join('\n'));
  const tables: Ssda903Data['tables'] = Object.fromEntries(XML_TABLES.map((name) => [name, []]));
  for (const { table, row } of rows) {
    tables[table]!.push(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.toUpperCase()])));
  }
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
