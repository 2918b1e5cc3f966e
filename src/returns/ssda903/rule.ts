import { parseDmy } from '../../domain/dates.ts';
import type { ReferenceNeed } from './reference.ts';
import { TABLES_2026, type Row, type Ssda903Data, type TableName } from './spec.ts';

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
  const lastYears = LAST_YEARS[name];
  return lastYears === undefined ? data.tables[name as TableName] : data.last?.[lastYears];
}

/**
 * This year's name of each last-year table ('Episodes_last': 'Episodes'), looked up rather than cut from the
 * name: a table is asked for often, and a name made anew is a new string to look up the table by.
 */
const LAST_YEARS: Partial<Record<string, TableName>> = Object.fromEntries(
  (Object.keys(TABLES_2026) as TableName[]).map((name) => [`${name}_last`, name]),
);

const parsedDates = new Map<string, string | null>();

/** Dates of 1900-2199 by day slot (year, month and day as written, 31 slots a month): 'YYYY-MM-DD' or null. */
const FIRST_YEAR = 1900;
const bySlot: (string | null | undefined)[] = new Array((2200 - FIRST_YEAR) * 12 * 31);

/** The value of the digit at `at`, or -1 when that character is not a digit. */
function digit(cell: string, at: number): number {
  const d = cell.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * A date as the DfE's validator reads one: pandas' to_datetime with format %d/%m/%Y and errors='coerce'
 * (pandas 1.5, Python's strptime patterns): the whole cell, nothing around it, is a day of one or two digits
 * (or a space and one digit), a month of one or two digits and a year of four, naming a real date that
 * pandas can hold (22 September 1677 to 11 April 2262). '1/4/2025' and ' 1/4/2025' are 1 April 2025;
 * '01/04/25', ' 01/04/2025', '01/04/2025 00:00:00' and '2025-04-01' are not dates.
 */
const DMY_PANDAS = /^(3[01]|[12][0-9]|0[1-9]|[1-9]| [1-9])\/(1[0-2]|0[1-9]|[1-9])\/([0-9]{4})$/;
const PANDAS_FIRST = '1677-09-22';
const PANDAS_LAST = '2262-04-11';
function readDmy(text: string): string | null {
  const parts = DMY_PANDAS.exec(text);
  if (!parts) return null;
  const day = parts[1]!.trim().padStart(2, '0');
  const iso = parseDmy(`${day}/${parts[2]!.padStart(2, '0')}/${parts[3]}`);
  return iso !== null && iso >= PANDAS_FIRST && iso <= PANDAS_LAST ? iso : null;
}

/**
 * A DD/MM/YYYY cell as 'YYYY-MM-DD', or null when blank or not a date as the DfE's validator reads dates
 * (see readDmy: a day or month of one digit is a date, spaces around the date are not). Rules read the same
 * dates many times (millions of reads of a few thousand distinct dates), so each is parsed once: a cell
 * written exactly DD/MM/YYYY with a year from 1900 to 2199 is found by its digits in a table of day slots,
 * without hashing the text; any other cell by its text.
 */
export function date(cell: string | undefined): string | null {
  if (!cell) return null;
  if (cell.length === 10 && cell.charCodeAt(2) === 47 && cell.charCodeAt(5) === 47) {
    const d1 = digit(cell, 0);
    const d2 = digit(cell, 1);
    const m1 = digit(cell, 3);
    const m2 = digit(cell, 4);
    const y1 = digit(cell, 6);
    const y2 = digit(cell, 7);
    const y3 = digit(cell, 8);
    const y4 = digit(cell, 9);
    if ((d1 | d2 | m1 | m2 | y1 | y2 | y3 | y4) >= 0) {
      const day = d1 * 10 + d2;
      const month = m1 * 10 + m2;
      const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
      if (day === 0 || day > 31 || month === 0 || month > 12 || year < FIRST_YEAR || year >= 2200) {
        return readDmy(cell);
      }
      const slot = ((year - FIRST_YEAR) * 12 + month - 1) * 31 + day - 1;
      let parsed = bySlot[slot];
      if (parsed === undefined) {
        parsed = parseDmy(cell);
        bySlot[slot] = parsed;
      }
      return parsed;
    }
  }
  let parsed = parsedDates.get(cell);
  if (parsed === undefined) {
    parsed = readDmy(cell);
    if (parsedDates.size >= 200_000) parsedDates.clear();
    parsedDates.set(cell, parsed);
  }
  return parsed;
}

const sharedWork = new WeakMap<readonly Row[] | Ssda903Data, Map<string, unknown>>();

/**
 * Work on a table that several rules need (a grouping, a set of children, a column of dates), or on a whole
 * return when it reads several tables: `make` runs once per table (or return) and `key`, and every rule
 * asking again gets the same result, which it must only read.
 */
export function perTable<T>(rows: readonly Row[] | Ssda903Data, key: string, make: () => T): T {
  let work = sharedWork.get(rows);
  if (!work) {
    work = new Map();
    sharedWork.set(rows, work);
  }
  if (!work.has(key)) work.set(key, make());
  return work.get(key) as T;
}

/** The indexes of the rows for which `test` is true. */
export function rowsWhere(rows: readonly Row[], test: (row: Row, index: number) => boolean): number[] {
  const result: number[] = [];
  for (let i = 0; i < rows.length; i++) if (test(rows[i]!, i)) result.push(i);
  return result;
}

/** A row of a table with its index (0-based, in file order). */
export interface IndexedRow {
  row: Row;
  index: number;
}

/**
 * A table's rows by CHILD: each child's group number (in the order the children first appear), and the row
 * indexes group by group (in file order within a group), `starts` giving where each group starts (with one
 * more for the end). Held as numbers only: lists of rows kept for every child of every table would be tens
 * of thousands of long-lived objects for the garbage collector to move.
 */
interface ChildIndex {
  rows: readonly Row[];
  groups: Map<string, number>;
  order: Int32Array;
  starts: Int32Array;
}

const childIndexes = new WeakMap<readonly Row[], ChildIndex>();

function childIndex(rows: readonly Row[]): ChildIndex {
  let made = childIndexes.get(rows);
  if (made) return made;
  const groups = new Map<string, number>();
  const groupOf = new Int32Array(rows.length);
  const counts: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const child = rows[i]!.CHILD ?? '';
    let group = groups.get(child);
    if (group === undefined) {
      group = counts.length;
      groups.set(child, group);
      counts.push(0);
    }
    groupOf[i] = group;
    counts[group]!++;
  }
  const starts = new Int32Array(counts.length + 1);
  for (let g = 0; g < counts.length; g++) starts[g + 1] = starts[g]! + counts[g]!;
  const next = starts.slice(0, counts.length);
  const order = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) order[next[groupOf[i]!]!++] = i;
  made = { rows, groups, order, starts };
  childIndexes.set(rows, made);
  return made;
}

/**
 * A table's rows grouped by child, each row seen through `each`, as a read-only map from each child (in the
 * order the children first appear) to their list (in file order). A child's list is made when asked for and
 * is gone at the next collection, so compare rows or indexes, not the lists or their entries.
 */
class ChildGroups<T> implements ReadonlyMap<string, readonly T[]> {
  constructor(
    private readonly index: ChildIndex,
    private readonly each: (row: Row, index: number) => T,
  ) {}

  get size(): number {
    return this.index.groups.size;
  }

  has(child: string): boolean {
    return this.index.groups.has(child);
  }

  get(child: string): readonly T[] | undefined {
    const group = this.index.groups.get(child);
    return group === undefined ? undefined : this.group(group);
  }

  private group(group: number): T[] {
    const { rows, order, starts } = this.index;
    const from = starts[group]!;
    const list = new Array<T>(starts[group + 1]! - from);
    for (let k = 0; k < list.length; k++) {
      const index = order[from + k]!;
      list[k] = this.each(rows[index]!, index);
    }
    return list;
  }

  forEach(each: (list: readonly T[], child: string, map: ReadonlyMap<string, readonly T[]>) => void): void {
    this.index.groups.forEach((group, child) => each(this.group(group), child, this));
  }

  *entries(): MapIterator<[string, readonly T[]]> {
    for (const [child, group] of this.index.groups) yield [child, this.group(group)];
  }

  keys(): MapIterator<string> {
    return this.index.groups.keys();
  }

  *values(): MapIterator<readonly T[]> {
    for (const group of this.index.groups.values()) yield this.group(group);
  }

  [Symbol.iterator](): MapIterator<[string, readonly T[]]> {
    return this.entries();
  }
}

const groupedByChild = new WeakMap<readonly Row[], ChildGroups<IndexedRow>>();

/**
 * Rows grouped by CHILD, keeping each row's index, in file order (see ChildGroups). The grouping is made once
 * per table and shared by every rule that asks (read-only), so a rule matching rows to a child looks them up
 * instead of scanning the table.
 */
export function byChild(rows: readonly Row[]): ReadonlyMap<string, readonly IndexedRow[]> {
  let groups = groupedByChild.get(rows);
  if (!groups) {
    groups = new ChildGroups(childIndex(rows), (row, index) => ({ row, index }));
    groupedByChild.set(rows, groups);
  }
  return groups;
}

/**
 * Rows grouped by CHILD as byChild groups them, each row seen through `each` when a child's list is asked
 * for: what a rule derives per row need not be kept for every child.
 */
export function groupsOf<T>(
  rows: readonly Row[],
  each: (row: Row, index: number) => T,
): ReadonlyMap<string, readonly T[]> {
  return new ChildGroups(childIndex(rows), each);
}

/** A table's rows for one child (CHILD), with their indexes, in file order: looked up in byChild's grouping. */
export function ofChild(rows: readonly Row[], child: string | undefined): readonly IndexedRow[] {
  return byChild(rows).get(child ?? '') ?? NO_ROWS;
}

/** A child's rows when they have none (one array, never changed). */
const NO_ROWS: readonly IndexedRow[] = Object.freeze([]);

/** The rule's failures, only for tables that have any. */
export function failures(entries: [TableName | `${TableName}_last`, number[]][]): Failures {
  return Object.fromEntries(
    entries
      .filter(([, rows]) => rows.length > 0)
      .map(([t, rows]) => [t, [...new Set(rows)].sort((a, b) => a - b)]),
  );
}
