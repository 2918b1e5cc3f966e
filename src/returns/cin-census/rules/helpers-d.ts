import { addCalendarMonths, addDays } from '../../../domain/dates.ts';
import { isWorkingDay } from '../../../domain/working-days.ts';
import { cinDate, cinFailures, type CinFailures } from '../rule.ts';
import { censusYearStart, type CinCensusData, type CinRow, type CinTableName } from '../spec.ts';

/** A cell with something in it (the reference reads '' as missing). */
export function present(cell: string | undefined): boolean {
  return cell !== undefined && cell.trim() !== '';
}

/** True or 1, as the XML writes a true flag. */
export function isTrue(cell: string | undefined): boolean {
  const v = (cell ?? '').trim().toLowerCase();
  return v === 'true' || v === '1';
}

/** False or 0, as the XML writes a false flag. */
export function isFalse(cell: string | undefined): boolean {
  const v = (cell ?? '').trim().toLowerCase();
  return v === 'false' || v === '0';
}

/** "true" or "1" exactly as written (no other case), as the reference validator compares most flags. */
export function writtenTrue(cell: string | undefined): boolean {
  const v = (cell ?? '').trim();
  return v === 'true' || v === '1';
}

/** "false" or "0" exactly as written (no other case), as the reference validator compares most flags. */
export function writtenFalse(cell: string | undefined): boolean {
  const v = (cell ?? '').trim();
  return v === 'false' || v === '0';
}

/** A date column of a row, or null when blank or not a date. */
export function dateOf(row: CinRow, column: string): string | null {
  return cinDate(row[column]);
}

/** Key of a row by columns, for joins. */
export function keyOf(row: CinRow, columns: readonly string[]): string {
  return columns.map((c) => row[c] ?? '').join('\u0000');
}

/** Rows of a table grouped by key columns: key to row indexes. */
export function groupRows(rows: readonly CinRow[], columns: readonly string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const k = keyOf(row, columns);
    const list = groups.get(k);
    if (list) list.push(i);
    else groups.set(k, [i]);
  });
  return groups;
}

/**
 * Inner join of two tables on columns, keeping pairs that fail `test`; returns the failures in both tables
 * (the reference's type-2 issues: each side's rows that took part in a failing pair).
 */
export function joinFailures(
  data: CinCensusData,
  left: CinTableName,
  right: CinTableName,
  on: readonly string[],
  test: (l: CinRow, r: CinRow) => boolean,
): CinFailures {
  const lrows = data.tables[left] ?? [];
  const rrows = data.tables[right] ?? [];
  const byKey = groupRows(rrows, on);
  const lf: number[] = [];
  const rf: number[] = [];
  lrows.forEach((l, i) => {
    for (const j of byKey.get(keyOf(l, on)) ?? []) {
      if (test(l, rrows[j] as CinRow)) {
        lf.push(i);
        rf.push(j);
      }
    }
  });
  if (left === right) return cinFailures([[left, [...lf, ...rf]]]);
  return cinFailures([
    [left, lf],
    [right, rf],
  ]);
}

/** The working day `n` working days before `date` (pandas' date - CustomBusinessDay(n) with bank holidays). */
export function workingDaysBefore(date: string, n: number): string {
  let day = date;
  let counted = 0;
  while (counted < n) {
    day = addDays(day, -1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The reference validator's "reference date less n working days": pandas subtracts CustomBusinessDay(n - 1)
 * (its england_working_days counts the end day), first moving a reference date that is not a working day on
 * to the next working day. So 45 working days before Tuesday 31 March 2026 is Wednesday 28 January.
 */
export function censusWorkingDaysBefore(date: string, n: number): string {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return workingDaysBefore(day, n - 1);
}

/** date plus whole years, 29 February clamping to 28 February (pandas' DateOffset(years=n)). */
export function addYears(date: string, years: number): string {
  return addCalendarMonths(date, 12 * years);
}

/**
 * True when a date falls in the census year as the reference validator counts it (make_census_period): from
 * the reference date less one year to the reference date, both included. So 31 March 2025 is in the 2025/26
 * census year (the DfE's test data allow a date on the day the previous census ended), though the collection
 * year itself (`collectionStart`) begins on 1 April.
 */
export function inCensusYear(data: CinCensusData, date: string): boolean {
  return date >= censusYearStart(data.referenceDate) && date <= data.referenceDate;
}

/** The LA-level failure: the Header row 0. */
export function laLevel(): CinFailures {
  return { Header: [0] };
}

/** A 2025/26 census (reference date 31 March 2026) for tests. */
export function censusD(tables: CinCensusData['tables']): CinCensusData {
  return { year: 2025, laCode: '999', referenceDate: '2026-03-31', collectionStart: '2025-04-01', tables };
}

/** The assessment factor codes of a cell (the XML's repeated AssessmentFactors, joined by commas or spaces). */
export function factorCodes(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[\s,;|]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

/**
 * The reference's overlap check within groups: row a overlaps row b (a different row, or for `distinct`
 * a row with different dates) when a starts on or after b starts and on or before b ends, or before or on
 * the reference date when b has no end. Returns [a, b] index pairs.
 */
export function overlaps(
  rows: readonly CinRow[],
  groups: Iterable<number[]>,
  start: string,
  end: string,
  referenceDate: string,
  distinct: 'row' | 'dates',
): [number, number][] {
  const pairs: [number, number][] = [];
  for (const idx of groups) {
    const dated = idx.filter((i) => dateOf(rows[i] ?? {}, start) !== null);
    for (const a of dated) {
      for (const b of dated) {
        const ra = rows[a] ?? {};
        const rb = rows[b] ?? {};
        const aStart = dateOf(ra, start) as string;
        const bStart = dateOf(rb, start) as string;
        const aEnd = dateOf(ra, end);
        const bEnd = dateOf(rb, end);
        if (a === b || (distinct === 'dates' && aStart === bStart && aEnd === bEnd)) continue;
        if (aStart >= bStart && (bEnd !== null ? aStart <= bEnd : aStart <= referenceDate))
          pairs.push([a, b]);
      }
    }
  }
  return pairs;
}
