import type { Row, Ssda903Data, TableName } from '../spec.ts';
import type { Ssda903Rule } from '../rule.ts';
import { byChild, date, defineRule, failures, perTable, rowsWhere, table } from '../rule.ts';
import { blank, childSet, filled } from './helpers-a.ts';

export { blank, filled };

/** The cell's value, or null when blank: the pandas view of a cell, for comparing raw strings. */
export function val(cell: string | undefined): string | null {
  return blank(cell) ? null : cell!;
}

/** Equality as pandas compares two cells: a missing value equals nothing, not even another. */
export function same(a: string | undefined, b: string | undefined): boolean {
  return filled(a) && filled(b) && a === b;
}

/** The index of the row whose date column is earliest (first such in file order), ignoring bad dates. */
export function earliest<T extends { row: Row; index: number }>(
  rows: readonly T[],
  column: string,
): T | undefined {
  let best: T | undefined;
  let bestDate: string | null = null;
  for (const r of rows) {
    const d = date(r.row[column]);
    if (d !== null && (bestDate === null || d < bestDate)) {
      best = r;
      bestDate = d;
    }
  }
  return best;
}

/** The row whose date column is latest (first such in file order), ignoring bad dates. */
export function latest<T extends { row: Row; index: number }>(
  rows: readonly T[],
  column: string,
): T | undefined {
  let best: T | undefined;
  let bestDate: string | null = null;
  for (const r of rows) {
    const d = date(r.row[column]);
    if (d !== null && (bestDate === null || d > bestDate)) {
      best = r;
      bestDate = d;
    }
  }
  return best;
}

/** Rows with their indexes. */
export function indexed(rows: readonly Row[]): { row: Row; index: number }[] {
  return rows.map((row, index) => ({ row, index }));
}

/** A 2025/26 collection for tests: this year's tables and, optionally, last year's. */
export function dataC(tables: Ssda903Data['tables'], last?: Ssda903Data['last']): Ssda903Data {
  return {
    year: 2025,
    laCode: '999',
    collectionStart: '2025-04-01',
    collectionEnd: '2026-03-31',
    tables,
    ...(last ? { last } : {}),
  };
}

/** A date column for sorting: the ISO date, or null (sorted last, as pandas puts missing values). */
function sortKey(cell: string | undefined): string | null {
  return date(cell);
}

/**
 * Rows sorted as pandas `sort_values([...])` with several columns does: stably, by each key in turn, missing
 * values last. Keys are given as functions returning a string or null.
 */
export function stableSort<T>(items: readonly T[], keys: ((item: T) => string | null)[]): T[] {
  // Each item's keys are worked out once, not at every comparison.
  const keyed = items.map((item, order) => ({ item, order, values: keys.map((key) => key(item)) }));
  keyed.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const x = a.values[k]!;
      const y = b.values[k]!;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -1 : 1;
    }
    return a.order - b.order;
  });
  return keyed.map((e) => e.item);
}

/** Sort key for a DD/MM/YYYY column of an indexed row. */
export function byDate(column: string): (r: { row: Row }) => string | null {
  return (r) => sortKey(r.row[column]);
}

/** Sort key for the CHILD column of an indexed row. */
export function byChildId(r: { row: Row }): string | null {
  return val(r.row.CHILD);
}

/** A period of care: consecutive episodes of a child where each starts on or before the previous one ends. */
export interface PeriodOfCare {
  child: string;
  /** First episode's DECOM. */
  start: string;
  /** Last episode's DEC, or null when blank or not a date. */
  end: string | null;
}

/**
 * The periods of care in the episodes, as the reference validator builds them: episodes with a valid DECOM,
 * sorted by child then DECOM; a new period begins with a new child or when DECOM is after the previous
 * episode's DEC (a blank DEC does not end a period).
 */
export function periodsOfCare(episodes: readonly Row[]): ReadonlyMap<string, readonly PeriodOfCare[]> {
  return perTable(episodes, 'periods of care', () => buildPeriodsOfCare(episodes));
}

function buildPeriodsOfCare(episodes: readonly Row[]): Map<string, PeriodOfCare[]> {
  // The episodes with a valid DECOM sorted as stableSort with byChildId and byDate('DECOM') sorts them
  // (a blank CHILD last, ties in file order), without making an object for each.
  const starts = episodes.map((r) => date(r.DECOM));
  const order: number[] = [];
  for (let i = 0; i < episodes.length; i++) if (starts[i] !== null) order.push(i);
  order.sort((a, b) => {
    const x = val(episodes[a]!.CHILD);
    const y = val(episodes[b]!.CHILD);
    if (x !== y) return x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
    const p = starts[a]!;
    const q = starts[b]!;
    return p === q ? a - b : p < q ? -1 : 1;
  });
  const result = new Map<string, PeriodOfCare[]>();
  let prev: Row | undefined;
  let current: PeriodOfCare | undefined;
  for (const i of order) {
    const row = episodes[i]!;
    const child = row.CHILD ?? '';
    const decom = starts[i]!;
    const prevDec = prev ? date(prev.DEC) : null;
    // A blank CHILD never continues a period (pandas: NaN != NaN), so each such episode is a period of its own.
    if (!current || !child || prev?.CHILD !== row.CHILD || (prevDec !== null && decom > prevDec)) {
      current = { child, start: decom, end: null };
      const list = result.get(child);
      if (list) list.push(current);
      else result.set(child, [current]);
    }
    current.end = date(row.DEC);
    prev = row;
  }
  return result;
}

/**
 * Whether a spell of a child (a missing period, a DoLO) with a valid start and an end (null when open) fits
 * none of the child's periods of care, as the reference validator judges it for rules 577 and 707: it is
 * outside a period when it is open and the period has ended or began after it started, or when it ended
 * after the period ended or before the period began.
 */
export function fitsNoPeriodOfCare(
  periods: readonly PeriodOfCare[],
  start: string,
  end: string | null,
): boolean {
  return periods.every((p) =>
    end === null ? p.end !== null || start < p.start : (p.end !== null && end > p.end) || end < p.start,
  );
}

/** A date plus whole years as pandas DateOffset(years=n) gives it: 29 February goes to 28 February. */
export function addYearsClipped(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// INT rules: one check per table, shared by the INT files of batch C.
/** INT01-INT09: every child in `name` must be in Header. Flags the rows of `name`. */
export function childInHeader(code: string, message: string, name: TableName): Ssda903Rule {
  return defineRule({
    code,
    message,
    type: 'error',
    tables: ['Header', name],
    validate(data) {
      const header = childSet(table(data, 'Header'));
      return failures([[name, rowsWhere(table(data, name)!, (r) => !header.has(r.CHILD ?? ''))]]);
    },
  });
}

/**
 * INT11-INT21: a column (DOB, compared as dates, or SEX, compared as written) in `name` must match the
 * child's Header row. Rows where either side is blank (or, for dates, not a date) are not compared.
 */
export function sameAsHeader(
  code: string,
  message: string,
  name: TableName,
  column: 'DOB' | 'SEX',
): Ssda903Rule {
  const read =
    column === 'DOB'
      ? (cell: string | undefined) => date(cell)
      : (cell: string | undefined) => (blank(cell) ? null : cell!);
  return defineRule({
    code,
    message,
    type: 'error',
    tables: ['Header', name],
    validate(data) {
      const rows = table(data, 'Header')!;
      const header = perTable(rows, `${column} by child`, () => {
        const values = new Map<string, (string | null)[]>();
        for (const h of rows) {
          const list = values.get(h.CHILD ?? '');
          if (list) list.push(read(h[column]));
          else values.set(h.CHILD ?? '', [read(h[column])]);
        }
        return values as ReadonlyMap<string, readonly (string | null)[]>;
      });
      return failures([
        [
          name,
          rowsWhere(table(data, name)!, (r) => {
            const mine = read(r[column]);
            return mine !== null && (header.get(r.CHILD ?? '') ?? []).some((h) => h !== null && h !== mine);
          }),
        ],
      ]);
    },
  });
}

/** INT31-INT36: a child may appear only once in `name`. Flags every row of a repeated child (blank CHILD aside). */
export function onlyOnce(code: string, message: string, name: TableName): Ssda903Rule {
  return defineRule({
    code,
    message,
    type: 'error',
    tables: [name],
    validate(data) {
      const rows = table(data, name)!;
      const children = byChild(rows);
      return failures([
        [name, rowsWhere(rows, (r) => filled(r.CHILD) && children.get(r.CHILD!)!.length > 1)],
      ]);
    },
  });
}
