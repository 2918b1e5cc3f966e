import { addCalendarMonths, toDayNumber } from '../../../domain/dates.ts';
import type { Ssda903Rule } from '../rule.ts';
import { date, defineRule, failures, ofChild, perTable, rowsWhere, table } from '../rule.ts';
import type { Row, Ssda903Data, TableName } from '../spec.ts';

/**
 * Batch A helpers: a cell is blank when missing or empty, as the reference validator's isna() is true only
 * for those: it reads every cell of a CSV as text (converters in read_csv), so a cell of spaces is not NA
 * but text, and the XML form's element of spaces is text too (read.ts, xml.ts).
 */
export function blank(cell: string | undefined): boolean {
  return cell === undefined || cell === '';
}

/** The opposite of `blank`. */
export function filled(cell: string | undefined): boolean {
  return !blank(cell);
}

/** The cell as read ('' when missing): not trimmed, as the reference validator compares cells as read. */
export function cell(row: Row, column: string): string {
  return row[column] ?? '';
}

/** `date` plus a whole number of years, 29 February moving to 28 February as pandas' DateOffset does. */
export function addYears(iso: string, years: number): string {
  let fromDate = yearsLater.get(years);
  if (!fromDate) {
    fromDate = new Map();
    yearsLater.set(years, fromDate);
  }
  let result = fromDate.get(iso);
  if (result === undefined) {
    result = addCalendarMonths(iso, years * 12);
    if (fromDate.size >= 200_000) fromDate.clear();
    fromDate.set(iso, result);
  }
  return result;
}

// Rules add years to and count days between the same few thousand dates many times over: each is worked
// out once (dates plus years by the number of years, then by date: no key text to build).
const yearsLater = new Map<number, Map<string, string>>();
const dayNumbers = new Map<string, number>();

function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = toDayNumber(iso);
    if (dayNumbers.size >= 200_000) dayNumbers.clear();
    dayNumbers.set(iso, n);
  }
  return n;
}

/** Days from `from` to `to`. */
export function days(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** A pandas `np.timedelta64(n, 'Y')` in days (the average Gregorian year). */
export const YEAR_DAYS = 365.2425;

/** The set of CHILD values in a table's rows (made once per table and shared, read-only). */
export function childSet(rows: readonly Row[] | undefined): ReadonlySet<string> {
  if (!rows) return new Set();
  return perTable(rows, 'children', () => {
    const children = new Set<string>();
    for (const r of rows) children.add(r.CHILD ?? '');
    return children;
  });
}

/** A rule failing rows of one table whose column holds a value outside `codes` (blanks allowed unless said). */
export function codeListRule(options: {
  code: string;
  message: string;
  table: TableName;
  column: string;
  codes: readonly string[];
  blankFails?: boolean;
  type?: 'error' | 'query';
}): Ssda903Rule {
  // A set, as a cell is checked against lists of up to some thirty codes.
  const codes = new Set(options.codes);
  return defineRule({
    code: options.code,
    message: options.message,
    type: options.type ?? 'error',
    tables: [options.table],
    validate(data) {
      const rows = table(data, options.table)!;
      return failures([
        [
          options.table,
          rowsWhere(rows, (r) => {
            const value = r[options.column] ?? '';
            if (blank(value)) return options.blankFails === true;
            return !codes.has(value);
          }),
        ],
      ]);
    },
  });
}

/** A rule failing rows of one table whose column is filled but is not a DD/MM/YYYY date (blank optional). */
export function dateRule(options: {
  code: string;
  message: string;
  table: TableName;
  column: string;
  blankFails: boolean;
}): Ssda903Rule {
  return defineRule({
    code: options.code,
    message: options.message,
    type: 'error',
    tables: [options.table],
    validate(data) {
      const rows = table(data, options.table)!;
      return failures([
        [
          options.table,
          rowsWhere(rows, (r) =>
            blank(r[options.column]) ? options.blankFails : date(r[options.column]) === null,
          ),
        ],
      ]);
    },
  });
}

/** A test collection for 2025/26 with the given tables (and last year's, if any). */
export function testData(tables: Ssda903Data['tables'], last?: Ssda903Data['last']): Ssda903Data {
  return {
    year: 2025,
    laCode: '999',
    collectionStart: '2025-04-01',
    collectionEnd: '2026-03-31',
    tables,
    ...(last ? { last } : {}),
  };
}

/** A rule failing rows where some but not all of `columns` are filled. */
export function allOrNoneRule(options: {
  code: string;
  message: string;
  table: TableName;
  columns: readonly string[];
}): Ssda903Rule {
  return defineRule({
    code: options.code,
    message: options.message,
    type: 'error',
    tables: [options.table],
    validate(data) {
      return failures([
        [
          options.table,
          rowsWhere(table(data, options.table)!, (r) => {
            let n = 0;
            for (const c of options.columns) if (filled(r[c])) n++;
            return n > 0 && n < options.columns.length;
          }),
        ],
      ]);
    },
  });
}

/**
 * The children looked after continuously through the collection year, as the reference validator decides
 * it: a child with an episode during the year (DECOM on or before the end, DEC on or after the start or no
 * valid DEC) and no episode that starts care in the year (RNE S, DECOM after the start and on or before the
 * end), leaves care in the year (REC not X1, DEC on or after the start and on or before the end) or is a
 * V3/V4 short break during the year. The reference counts only a DEC before 31 March as leaving; but a
 * child who ceases to be looked after on 31 March (adopted that day, say) has left in the year, is not in
 * OC2 and must have their AD1 or care leaver items (rule 187 would otherwise contradict the AD1 rules).
 */
export function continuouslyLookedAfter(data: Ssda903Data): ReadonlySet<string> {
  const { collectionStart: start, collectionEnd: end } = data;
  const episodes = table(data, 'Episodes') ?? [];
  const byYear = continuousCache.get(episodes) ?? new Map<string, ReadonlySet<string>>();
  continuousCache.set(episodes, byYear);
  const cached = byYear.get(`${start}/${end}`);
  if (cached) return cached;
  const during = new Set<string>();
  const broken = new Set<string>();
  for (const e of episodes) {
    // A blank CHILD is no child (pandas' groupby leaves NaN out): never continuously looked after.
    const child = e.CHILD ?? '';
    if (child === '') continue;
    const decom = date(e.DECOM);
    const dec = date(e.DEC);
    const inYear = decom !== null && decom <= end && (dec === null || dec >= start);
    if (inYear) during.add(child);
    const enters = e.RNE === 'S' && decom !== null && decom > start && decom <= end;
    const leaves = e.REC !== 'X1' && dec !== null && dec >= start && dec <= end;
    const shortBreak = (e.LS === 'V3' || e.LS === 'V4') && inYear;
    if (enters || leaves || shortBreak) broken.add(child);
  }
  const result = new Set([...during].filter((c) => !broken.has(c)));
  byYear.set(`${start}/${end}`, result);
  return result;
}

/** Worked out once per episodes table and year, and shared (read-only) by the OC2 rules. */
const continuousCache = new WeakMap<readonly Row[], Map<string, ReadonlySet<string>>>();

/**
 * The Header UASC flag ('1' or '0') of a Header row, as the reference validator derives it: the row's own
 * UASC cell where it has one (the XML form), otherwise '1' when the child has a row in the UASC table of
 * the same year and '0' when not. Undefined when neither is available. The cell is given as read, as the
 * reference compares it: ' 1' is not '1'.
 */
export function uascFlag(data: Ssda903Data, row: Row, last: boolean): string | undefined {
  if ('UASC' in row) return row.UASC ?? '';
  const uasc = table(data, last ? 'UASC_last' : 'UASC');
  if (!uasc) return undefined;
  return ofChild(uasc, row.CHILD).length > 0 ? '1' : '0';
}

/** Row indexes of a table sorted by CHILD then DECOM (invalid or blank DECOM last), stable. */
export function byChildThenStart(rows: readonly Row[]): number[] {
  const keyed = rows.map((r, index) => ({ index, child: r.CHILD ?? '', start: date(r.DECOM) }));
  keyed.sort((a, b) => {
    if (a.child !== b.child) return a.child < b.child ? -1 : 1;
    if (a.start === b.start) return a.index - b.index;
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    return a.start < b.start ? -1 : 1;
  });
  return keyed.map((k) => k.index);
}
