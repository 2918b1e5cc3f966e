import type { CinCensusData, CinRow, CinTableName } from './spec.ts';

/** Rows that break a rule: table and 0-based row indexes, as the DfE validator reports them. */
export type CinFailures = Partial<Record<CinTableName, number[]>>;

/**
 * One DfE CIN census rule: code and message exactly as cin_rules_2025_26.txt has them (without the trailing
 * "(ERROR)"/"(QUERY)", which is the `type`), the tables it reads, and the check. One file per rule in rules/.
 */
export interface CinRule {
  code: string;
  message: string;
  type: 'error' | 'query';
  tables: readonly CinTableName[];
  validate(data: CinCensusData): CinFailures;
}

export function defineCinRule(rule: CinRule): CinRule {
  return Object.freeze(rule);
}

export function cinTable(data: CinCensusData, name: CinTableName): CinRow[] {
  return data.tables[name] ?? [];
}

const realDates = new Map<string, string | null>();

/**
 * A date as case systems write one in the census: 'YYYY-MM-DD', or year first with slashes, either maybe
 * followed by a time (SQL Server writes a datetime column as 2025-04-01T00:00:00), with or without seconds,
 * fractions and a zone. The DfE's validator reads each as its date (pandas' to_datetime); the date is the
 * one written, whatever the time.
 */
const WRITTEN_DATE =
  /^(\d{4})([-/])(\d{2})\2(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * The date of a cell as 'YYYY-MM-DD', or null when blank or not a real date (a day written first, as
 * 01/04/2025, is not read: the DfE's validator would take it for 4 January). Each value's date is
 * remembered: a census repeats a few thousand dates across its rows, and the rules read each many times.
 */
export function cinDate(cell: string | undefined): string | null {
  if (!cell) return null;
  const value = cell.length === 10 ? cell : cell.trim();
  let date = realDates.get(value);
  if (date === undefined) {
    const m = WRITTEN_DATE.exec(value);
    const iso = m ? `${m[1]}-${m[3]}-${m[4]}` : null;
    const d = iso === null ? null : new Date(`${iso}T00:00:00Z`);
    date = d !== null && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
    if (realDates.size < 100_000) realDates.set(value, date);
  }
  return date;
}

export function rowsWhereCin(
  rows: readonly CinRow[],
  test: (row: CinRow, index: number) => boolean,
): number[] {
  const result: number[] = [];
  rows.forEach((row, i) => {
    if (test(row, i)) result.push(i);
  });
  return result;
}

/** The rule's failures, only for tables that have any, each table's rows once and in order. */
export function cinFailures(entries: [CinTableName, number[]][]): CinFailures {
  return Object.fromEntries(
    entries
      .filter(([, rows]) => rows.length > 0)
      .map(([t, rows]) => [t, [...new Set(rows)].sort((a, b) => a - b)]),
  );
}
