import { daysBetween } from '../../../domain/dates.ts';
import { byChild, date, perTable } from '../rule.ts';
import { addYears } from './helpers-a.ts';

import type { Row, Ssda903Data } from '../spec.ts';

/** Shared with batch A: one definition. */
export { addYears };

/** Helpers shared by the batch-B rules. */

/** Rows of a table keyed by CHILD, with their indexes, in file order (grouped once per table, shared). */
export function indexByChild(
  rows: readonly Row[],
): ReadonlyMap<string, readonly { row: Row; index: number }[]> {
  return byChild(rows);
}

/** The first row per CHILD (as pandas merge on a de-duplicated table would find it). */
export function firstByChild(rows: readonly Row[]): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const row of rows) if (!map.has(row.CHILD ?? '')) map.set(row.CHILD ?? '', row);
  return map;
}

/** The DD/MM/YYYY date of birth plus `years`, or null when not a date. */
export function birthday(dobCell: string | undefined, years: number): string | null {
  const dob = date(dobCell);
  return dob ? addYears(dob, years) : null;
}

/** The cell, or '' when absent. */
export function cell(row: Row, column: string): string {
  return row[column] ?? '';
}

/** Episodes sorted by CHILD then DECOM (unparseable dates last), keeping their indexes. */
export function sortedEpisodes(
  rows: readonly Row[],
): readonly { row: Row; index: number; decom: string | null }[] {
  const cached = sortedEpisodeCache.get(rows);
  if (cached) return cached;
  const sorted = rows
    .map((row, index) => ({ row, index, decom: date(row.DECOM) }))
    .sort((a, b) => {
      const x = a.row.CHILD ?? '';
      const y = b.row.CHILD ?? '';
      if (x !== y) return x < y ? -1 : 1;
      if (a.decom === b.decom) return a.index - b.index;
      if (a.decom === null) return 1;
      if (b.decom === null) return -1;
      return a.decom < b.decom ? -1 : 1;
    });
  sortedEpisodeCache.set(rows, sorted);
  return sorted;
}

/** Sorted once per table and shared (read-only) by the rules that walk a child's episodes in order. */
const sortedEpisodeCache = new WeakMap<
  readonly Row[],
  readonly { row: Row; index: number; decom: string | null }[]
>();

/** Test data for a 2025/26 collection. */
export function dataB(tables: Ssda903Data['tables'], last?: Ssda903Data['last']): Ssda903Data {
  return {
    year: 2025,
    laCode: '999',
    collectionStart: '2025-04-01',
    collectionEnd: '2026-03-31',
    tables,
    ...(last ? { last } : {}),
  };
}

/**
 * Per CHILD, the index of the row with the earliest (or latest) valid date in `column`; the first on ties.
 * Rows with a blank CHILD are left out, as pandas' groupby leaves NaN keys out.
 */
export function extremeByChild(
  rows: readonly Row[],
  column: string,
  which: 'min' | 'max',
): ReadonlyMap<string, { index: number; date: string }> {
  return perTable(rows, `${which} ${column} by child`, () => {
    const result = new Map<string, { index: number; date: string }>();
    rows.forEach((row, index) => {
      const d = date(row[column]);
      if (!d || !row.CHILD) return;
      const seen = result.get(row.CHILD ?? '');
      if (!seen || (which === 'min' ? d < seen.date : d > seen.date))
        result.set(row.CHILD ?? '', { index, date: d });
    });
    return result;
  });
}

/**
 * Episodes with legal status `ls` whose chained spell lasted more than `maxDays` days, as the reference
 * validator measures it: episodes are sorted by CHILD and DECOM, an open DEC counts as the collection end,
 * and an `ls` episode continues the previous `ls` episode's spell when that one's DEC equalled the DECOM of
 * the episode that followed it for the same child. Every episode of a spell whose last DEC is more than
 * `maxDays` after its first DECOM is returned. An episode with a blank CHILD is never returned (the
 * reference's groupby leaves it out).
 */
export function overlongSpells(
  data: Ssda903Data,
  rows: readonly Row[],
  ls: string,
  maxDays: number,
): number[] {
  const sorted = sortedEpisodes(rows);
  const dec = (r: Row): string | null => (r.DEC ? date(r.DEC) : null) ?? data.collectionEnd;
  const groups: { child: string; members: { index: number; decom: string | null; dec: string | null }[] }[] =
    [];
  let continues = false;
  sorted.forEach((ep, k) => {
    if (ep.row.LS !== ls) return;
    const child = ep.row.CHILD ?? '';
    if (child === '') {
      continues = false;
      return;
    }
    const member = { index: ep.index, decom: ep.decom, dec: dec(ep.row) };
    const group = groups[groups.length - 1];
    if (continues && group && group.child === child) group.members.push(member);
    else groups.push({ child, members: [member] });
    const next = sorted[k + 1];
    continues =
      next !== undefined && next.row.CHILD === child && next.decom !== null && next.decom === member.dec;
  });
  const result: number[] = [];
  for (const g of groups) {
    const starts = g.members.map((m) => m.decom).filter((d): d is string => d !== null);
    const ends = g.members.map((m) => m.dec).filter((d): d is string => d !== null);
    if (starts.length === 0 || ends.length === 0) continue;
    const first = starts.sort()[0]!;
    const last = ends.sort()[ends.length - 1]!;
    if (daysBetween(first, last) > maxDays) result.push(...g.members.map((m) => m.index));
  }
  return result;
}

/**
 * Episodes with legal status `ls` in periods whose summed durations exceed `maxDays`, as the reference
 * validator measures it: `ls` episodes with a valid DECOM are taken in file order, a blank DEC counts as
 * the collection end, and an episode continues the period of the one before it (in that order) when it is
 * the same child (never a blank CHILD: NaN equals nothing) and does not start after that one's DEC. A period's duration is the sum of its episodes'
 * DEC minus DECOM in days (an unreadable DEC counts 0).
 */
export function overlongPeriods(
  data: Ssda903Data,
  rows: readonly Row[],
  ls: string,
  maxDays: number,
): number[] {
  const eps: { row: Row; index: number; decom: string; dec: string | null }[] = [];
  rows.forEach((row, index) => {
    const decom = date(row.DECOM);
    if (row.LS === ls && decom !== null)
      eps.push({ row, index, decom, dec: row.DEC ? date(row.DEC) : data.collectionEnd });
  });
  const periods: (typeof eps)[] = [];
  eps.forEach((e, k) => {
    const prev = eps[k - 1];
    const newPeriod =
      !prev || !e.row.CHILD || prev.row.CHILD !== e.row.CHILD || (prev.dec !== null && e.decom > prev.dec);
    if (newPeriod) periods.push([e]);
    else periods[periods.length - 1]!.push(e);
  });
  const result: number[] = [];
  for (const period of periods) {
    const total = period.reduce((sum, e) => sum + (e.dec ? daysBetween(e.decom, e.dec) : 0), 0);
    if (total > maxDays) result.push(...period.map((e) => e.index));
  }
  return result;
}

/**
 * Episodes placed `place` that started before the child was `years` old, as the reference validator's
 * decom_before_dob: only episodes with a valid DECOM and DEC (so not open ones) and a Header DOB count.
 */
export function startedTooYoung(data: Ssda903Data, place: string, years: number): number[] {
  const header = indexByChild(data.tables.Header ?? []);
  const result: number[] = [];
  (data.tables.Episodes ?? []).forEach((ep, i) => {
    const decom = date(ep.DECOM);
    if (ep.PLACE !== place || !decom || !date(ep.DEC)) return;
    const young = (header.get(ep.CHILD ?? '') ?? []).some((h) => {
      const b = birthday(h.row.DOB, years);
      return b !== null && decom < b;
    });
    if (young) result.push(i);
  });
  return result;
}

/**
 * Episodes placed `place` that ended more than `days` days after they started, as the reference
 * validator's dec_after_decom: only episodes with a valid DECOM and DEC, of children with a Header DOB.
 */
export function lastedTooLong(data: Ssda903Data, place: string, days: number): number[] {
  const header = indexByChild(data.tables.Header ?? []);
  const result: number[] = [];
  (data.tables.Episodes ?? []).forEach((ep, i) => {
    const decom = date(ep.DECOM);
    const dec = date(ep.DEC);
    if (ep.PLACE !== place || !decom || !dec) return;
    const hasDob = (header.get(ep.CHILD ?? '') ?? []).some((h) => date(h.row.DOB) !== null);
    if (hasDob && daysBetween(decom, dec) > days) result.push(i);
  });
  return result;
}

/**
 * Episodes with REC in `recs` whose child was too young or too old when it ceased, by the rows of a pandas
 * left merge with Header: `test(birthdayIso | null, decIso | null)` decides each (episode, header row) pair,
 * with a null header birthday when the child has no Header row or no valid DOB.
 */
export function ceasedAgeCheck(
  data: Ssda903Data,
  recs: readonly string[],
  years: number,
  test: (birthday: string | null, dec: string | null) => boolean,
): number[] {
  const header = indexByChild(data.tables.Header ?? []);
  const result: number[] = [];
  (data.tables.Episodes ?? []).forEach((ep, i) => {
    if (!recs.includes((ep.REC ?? '').toUpperCase())) return;
    const dec = date(ep.DEC);
    const rows = header.get(ep.CHILD ?? '');
    if (rows === undefined || rows.length === 0) {
      if (test(null, dec)) result.push(i);
      return;
    }
    for (const h of rows) {
      if (test(birthday(h.row.DOB, years), dec)) {
        result.push(i);
        return;
      }
    }
  });
  return result;
}

/** pandas equality of two cells: blank (NaN) never equals anything, itself included. */
export function pdEq(a: string | undefined, b: string | undefined): boolean {
  return !!a && !!b && a === b;
}

/**
 * The reference validator's field_different_from_previous: for each child with episodes this year and
 * last, the first episode this year (earliest valid DECOM) is compared with last year's latest episode
 * (latest valid DECOM); when that one is open (DEC blank or not a date) and `field` differs as text, this
 * year's episode fails unless `allowed(this, last)` says the change is expected.
 */
export function differsFromLastYear(
  data: Ssda903Data,
  field: string,
  allowed: (current: string, previous: string) => boolean = () => false,
): number[] {
  const rows = data.tables.Episodes ?? [];
  const lastRows = data.last?.Episodes ?? [];
  const first = extremeByChild(rows, 'DECOM', 'min');
  const latest = extremeByChild(lastRows, 'DECOM', 'max');
  const result: number[] = [];
  first.forEach((f, child) => {
    const l = latest.get(child);
    if (!l) return;
    const prev = lastRows[l.index]!;
    if (date(prev.DEC)) return;
    const current = rows[f.index]![field] ?? '';
    const previous = prev[field] ?? '';
    if (current !== previous && !allowed(current, previous)) result.push(f.index);
  });
  return result;
}

// One definition of the children looked after continuously through the year, for the rules here too.
export { continuouslyLookedAfter } from './helpers-a.ts';
