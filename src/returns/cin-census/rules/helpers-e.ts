import { cinDate, type CinFailures } from '../rule.ts';
import type { CinCensusData, CinRow, CinTableName } from '../spec.ts';
import { inCensusYear } from './helpers-d.ts';

/** A cell is blank when absent or only whitespace, as the reference validator reads missing XML elements. */
export function blankE(cell: string | undefined): boolean {
  return cell === undefined || cell.trim() === '';
}

/** The trimmed cell, '' when absent. */
export function cellE(row: CinRow, column: string): string {
  return (row[column] ?? '').trim();
}

/** Whether a present date lies in the census year (inCensusYear). */
export function inCensusE(data: CinCensusData, date: string | null): boolean {
  return date !== null && inCensusYear(data, date);
}

/** The episode key (LAchildID and CINdetailsID) of a row. */
export function episodeKeyE(row: CinRow): string {
  return `${cellE(row, 'LAchildID')}\u0000${cellE(row, 'CINdetailsID')}`;
}

/** Row indexes grouped by a key. */
export function groupE(rows: readonly CinRow[], key: (row: CinRow) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  return groups;
}

/** Collects failing rows per table, then hands back CinFailures sorted and de-duplicated. */
export class FailuresE {
  private readonly rows = new Map<CinTableName, Set<number>>();
  add(table: CinTableName, ...indexes: number[]): void {
    const set = this.rows.get(table) ?? new Set<number>();
    for (const i of indexes) set.add(i);
    this.rows.set(table, set);
  }
  result(): CinFailures {
    const out: CinFailures = {};
    for (const [table, set] of this.rows) {
      if (set.size > 0) out[table] = [...set].sort((a, b) => a - b);
    }
    return out;
  }
}

export { cinDate as dateE };

/** A census for tests: 2025/26, reference date 2026-03-31. */
export function censusE(tables: CinCensusData['tables']): CinCensusData {
  return { year: 2025, laCode: '999', referenceDate: '2026-03-31', collectionStart: '2025-04-01', tables };
}

/** For each left row, the indexes of right rows sharing its key (an inner join by key). */
export function joinE(right: readonly CinRow[], key: (row: CinRow) => string): (row: CinRow) => number[] {
  const groups = groupE(right, key);
  return (row) => groups.get(key(row)) ?? [];
}

/** The child's ID of a row. */
export function childKeyE(row: CinRow): string {
  return cellE(row, 'LAchildID');
}
