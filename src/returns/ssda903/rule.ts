import { parseDmy } from '../../domain/dates.ts';
import type { ReferenceNeed } from './reference.ts';
import type { Row, Ssda903Data, TableName } from './spec.ts';

/** Rows that break a rule: table name and row indexes (0-based, in file order), as the DfE validator reports. */
export type Failures = Partial<Record<TableName | `${TableName}_last`, number[]>>;

/**
 * One DfE SSDA903 validation rule: its code and message exactly as the DfE's (903_rules_2025_26.tsv), the
 * tables it reads, and the check. Each rule is a file in rules/, named by its code, with its own passing
 * and failing cases.
 */
export interface Ssda903Rule {
  code: string;
  message: string;
  type: 'error' | 'query';
  /** The tables the rule needs; it is skipped (no failures) when any is absent. */
  tables: readonly (TableName | `${TableName}_last`)[];
  /** The reference data the rule needs (reference.ts); it is skipped (no failures) when any is absent. */
  reference?: readonly ReferenceNeed[];
  validate(data: Ssda903Data): Failures;
}

export function defineRule(rule: Ssda903Rule): Ssda903Rule {
  return Object.freeze(rule);
}

/** A table of this year ('Episodes') or last year ('Episodes_last'), or undefined when not loaded. */
export function table(data: Ssda903Data, name: TableName | `${TableName}_last`): Row[] | undefined {
  return name.endsWith('_last')
    ? data.last?.[name.slice(0, -5) as TableName]
    : data.tables[name as TableName];
}

const parsedDates = new Map<string, string | null>();

/**
 * A DD/MM/YYYY cell as 'YYYY-MM-DD', or null when blank or not a real date. Rules read the same dates many
 * times, so each distinct cell is parsed once (a return has a few thousand distinct dates).
 */
export function date(cell: string | undefined): string | null {
  if (!cell) return null;
  let parsed = parsedDates.get(cell);
  if (parsed === undefined) {
    parsed = parseDmy(cell.trim());
    if (parsedDates.size >= 200_000) parsedDates.clear();
    parsedDates.set(cell, parsed);
  }
  return parsed;
}

const sharedWork = new WeakMap<readonly Row[], Map<string, unknown>>();

/**
 * Work on a table that several rules need (a grouping, a set of children, a column of dates): `make` runs
 * once per table and `key`, and every rule asking again gets the same result, which it must only read.
 */
export function perTable<T>(rows: readonly Row[], key: string, make: () => T): T {
  let work = sharedWork.get(rows);
  if (!work) {
    work = new Map();
    sharedWork.set(rows, work);
  }
  if (!work.has(key)) work.set(key, make());
  return work.get(key) as T;
}

/** A date column of a table, parsed as `date` does, by row index (worked out once per table and column). */
export function dates(rows: readonly Row[], column: string): readonly (string | null)[] {
  return perTable(rows, `dates of ${column}`, () => rows.map((row) => date(row[column])));
}

/** The indexes of the rows for which `test` is true. */
export function rowsWhere(rows: readonly Row[], test: (row: Row, index: number) => boolean): number[] {
  const result: number[] = [];
  rows.forEach((row, i) => {
    if (test(row, i)) result.push(i);
  });
  return result;
}

const groupedByChild = new WeakMap<
  readonly Row[],
  ReadonlyMap<string, readonly { row: Row; index: number }[]>
>();

/**
 * Rows grouped by CHILD, keeping each row's index, in file order. Made once per table and shared by every
 * rule that asks (read-only), so a rule matching rows to a child looks them up instead of scanning the table.
 */
export function byChild(rows: readonly Row[]): ReadonlyMap<string, readonly { row: Row; index: number }[]> {
  const cached = groupedByChild.get(rows);
  if (cached) return cached;
  const groups = new Map<string, { row: Row; index: number }[]>();
  rows.forEach((row, index) => {
    const list = groups.get(row.CHILD ?? '') ?? [];
    list.push({ row, index });
    groups.set(row.CHILD ?? '', list);
  });
  groupedByChild.set(rows, groups);
  return groups;
}

const rowsByChild = new WeakMap<readonly Row[], ReadonlyMap<string, readonly Row[]>>();

/** A table's rows for one child (CHILD), in file order: looked up, not scanned (cached per table). */
export function ofChild(rows: readonly Row[], child: string | undefined): readonly Row[] {
  let groups = rowsByChild.get(rows);
  if (!groups) {
    groups = new Map([...byChild(rows)].map(([c, list]) => [c, list.map((e) => e.row)]));
    rowsByChild.set(rows, groups);
  }
  return groups.get(child ?? '') ?? [];
}

/** The rule's failures, only for tables that have any. */
export function failures(entries: [TableName | `${TableName}_last`, number[]][]): Failures {
  return Object.fromEntries(
    entries
      .filter(([, rows]) => rows.length > 0)
      .map(([t, rows]) => [t, [...new Set(rows)].sort((a, b) => a - b)]),
  );
}
