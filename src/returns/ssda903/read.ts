import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  collectionDates,
  TABLES_2025,
  TABLES_2026,
  type Row,
  type Ssda903Data,
  type TableName,
} from './spec.ts';

export class Ssda903FileError extends Error {}

/** The tables of a collection year, with their columns. */
export function tablesOf(year: number): Record<string, readonly string[]> {
  return year >= 2026 ? TABLES_2026 : TABLES_2025;
}

/**
 * Reads one CSV file and tells which table it is by its set of columns, as the DfE validator does (file
 * names do not matter). Throws naming the file when it is not one of the year's tables.
 */
export function readTableFile(file: string, year: number): { name: TableName; rows: Row[] } {
  let records: string[][];
  try {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
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
    return Object.fromEntries(header.map((column, j) => [column, cells[j]!]));
  });
  return { name: match[0] as TableName, rows };
}

/** The file name suffix that marks last year's tables (the reference validator's "previous year" files). */
export const LAST_YEAR_SUFFIX = '_last';

/**
 * Reads every .csv in a directory as one collection's tables. Files named with the suffix `_last`
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
    const { name, rows } = readTableFile(path.join(dir, file), isLast ? year - 1 : year);
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
