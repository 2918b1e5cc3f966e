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

const realDates = new Map<string, boolean>();

/**
 * A 'YYYY-MM-DD' cell, or null when blank or not a real date. Whether a date is real is remembered: a
 * census repeats a few thousand dates across its rows, and the rules read each many times.
 */
export function cinDate(cell: string | undefined): string | null {
  if (!cell) return null;
  const value = cell.length === 10 ? cell : cell.trim();
  let real = realDates.get(value);
  if (real === undefined) {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
    real = d !== null && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
    if (realDates.size < 100_000) realDates.set(value, real);
  }
  return real ? value : null;
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
