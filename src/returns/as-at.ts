/**
 * What the as-at exports (Annex A, the DfE children's social care API payload, the Standard Safeguarding
 * Dataset) share: the record as it stood on a date. Anything dated after the as-at date had not happened
 * yet, so such rows are left out and such end dates read as still open. Voided records are left out.
 */
import { sql } from 'kysely';
import type { Trx } from '../db/database.ts';
import type { Row as DbRow } from '../casework/child.ts';
import { isShortBreak } from '../domain/codes.ts';
import { addCalendarMonths, addDays, ageOn } from '../domain/dates.ts';

export type Person = Pick<
  DbRow<'person'>,
  | 'id'
  | 'la_child_id'
  | 'given_name'
  | 'family_name'
  | 'date_of_birth'
  | 'expected_date_of_birth'
  | 'date_of_death'
  | 'sex'
  | 'gender'
  | 'ethnicity'
  | 'upn'
  | 'former_upn'
  | 'upn_unknown'
  | 'disabilities'
  | 'uasc_since'
  | 'uasc_ceased'
  | 'postcode'
>;

/** The date when it is on or before `asAt`, otherwise null (it had not happened yet). */
export function byAsAt(date: string | null, asAt: string): string | null {
  return date !== null && date <= asAt ? date : null;
}

/**
 * The first day of the `months` months ending on `asAt`: the day after the same date that many months
 * earlier (clamped to the month's end, so 12 months before 29 February 2024 is 28 February 2023 and the
 * window starts on 1 March 2023).
 */
export function windowStart(asAt: string, months: number): string {
  return addDays(addCalendarMonths(asAt, -months), 1);
}

/** True when a span from `start` to `end` (null: open) overlaps `from`..`to`, both included. */
export function overlaps(start: string, end: string | null, from: string, to: string): boolean {
  return start <= to && (end === null || end >= from);
}

/** Age in whole years on `asAt`, or null when the child was not born by then or the date is unknown. */
export function ageAt(dob: string | null, asAt: string): number | null {
  return dob === null || dob > asAt ? null : ageOn(dob, asAt);
}

export function byDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The latest of `rows` by `date` among those dated on or before `asAt`. */
export function latestBy<T>(
  rows: readonly T[],
  date: (row: T) => string | null,
  asAt: string,
): T | undefined {
  let best: T | undefined;
  let bestDate = '';
  for (const row of rows) {
    const d = date(row);
    if (d !== null && d <= asAt && d >= bestDate) {
      best = row;
      bestDate = d;
    }
  }
  return best;
}

/** Groups rows by child. */
export function byPerson<T extends { person_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.person_id);
    if (list) list.push(row);
    else map.set(row.person_id, [row]);
  }
  return map;
}

/** The people with these ids (not voided), by id. */
export async function loadPeople(trx: Trx, ids: Iterable<string>): Promise<Map<string, Person>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await trx
    .selectFrom('person')
    .select([
      'id',
      'la_child_id',
      'given_name',
      'family_name',
      'date_of_birth',
      'expected_date_of_birth',
      'date_of_death',
      'sex',
      'gender',
      'ethnicity',
      'upn',
      'former_upn',
      'upn_unknown',
      'disabilities',
      'uasc_since',
      'uasc_ceased',
      'postcode',
    ])
    .where('id', 'in', list)
    .where('voided_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export interface Allocated {
  team: string | null;
  worker: string | null;
  workerId: string | null;
  sweNumber: string | null;
}

export interface AllocationRow {
  person_id: string;
  start_date: string;
  end_date: string | null;
  team: string;
  worker: string | null;
  worker_id: string | null;
  swe_number: string | null;
}

/** The children's allocations begun by the as-at date, with the team's name and the worker (if any). */
export async function loadAllocations(
  trx: Trx,
  ids: Iterable<string>,
  asAt: string,
): Promise<AllocationRow[]> {
  const list = [...new Set(ids)];
  if (list.length === 0) return [];
  return trx
    .selectFrom('allocation')
    .innerJoin('team', (j) =>
      j.onRef('team.la_code', '=', 'allocation.la_code').onRef('team.id', '=', 'allocation.team_id'),
    )
    .leftJoin('worker', (j) =>
      j.onRef('worker.la_code', '=', 'allocation.la_code').onRef('worker.id', '=', 'allocation.worker_id'),
    )
    .select([
      'allocation.person_id',
      'allocation.start_date',
      'allocation.end_date',
      'team.name as team',
      'worker.name as worker',
      'worker.id as worker_id',
      'worker.swe_number',
    ])
    .where('allocation.person_id', 'in', list)
    .where('allocation.voided_at', 'is', null)
    .where('allocation.start_date', '<=', asAt)
    .execute();
}

/**
 * Each child's allocation on the as-at date (the latest started of those open that day), or, when none was
 * open, the latest one that began before it: the team and worker who hold or last held the case.
 */
export async function allocationsAt(
  trx: Trx,
  ids: Iterable<string>,
  asAt: string,
): Promise<Map<string, Allocated>> {
  const result = new Map<string, Allocated>();
  for (const [personId, mine] of byPerson(await loadAllocations(trx, ids, asAt))) {
    const open = mine.filter((a) => a.end_date === null || a.end_date >= asAt);
    const chosen = latestBy(open.length > 0 ? open : mine, (a) => a.start_date, asAt)!;
    result.set(personId, {
      team: chosen.team,
      worker: chosen.worker,
      workerId: chosen.worker_id,
      sweNumber: chosen.swe_number,
    });
  }
  return result;
}

export interface PeriodOfCare<E> {
  start: string;
  /** The last episode's end, or null while open (on the as-at date). */
  end: string | null;
  episodes: E[];
}

/**
 * A child's periods of care as at the date: episodes (short breaks V3 and V4 left out) joined end to start,
 * in order. Episodes starting after the as-at date are left out; ends after it read as open.
 */
export function periodsOfCare<
  E extends { start_date: string; end_date: string | null; legal_status: string },
>(episodes: readonly E[], asAt: string): PeriodOfCare<E>[] {
  const periods: PeriodOfCare<E>[] = [];
  const sorted = episodes
    .filter((e) => e.start_date <= asAt && !isShortBreak(e.legal_status))
    .sort((a, b) => byDate(a.start_date, b.start_date));
  for (const e of sorted) {
    const end = byAsAt(e.end_date, asAt);
    const last = periods.at(-1);
    if (last && (last.end === null || e.start_date <= last.end)) {
      last.episodes.push(e);
      last.end = last.end === null || end === null ? null : end > last.end ? end : last.end;
    } else {
      periods.push({ start: e.start_date, end, episodes: [e] });
    }
  }
  return periods;
}

/** The authority the transaction is scoped to. */
export async function currentLaCode(trx: Trx): Promise<string> {
  const result = await sql<{
    la: string | null;
  }>`SELECT current_setting('hearth.la_code', true) AS la`.execute(trx);
  return result.rows[0]?.la ?? '';
}
