/**
 * Fast calendar arithmetic on day numbers (days since 1970-01-01) for the generator, which does millions of
 * date calculations. It follows src/domain exactly (dates.ts, working-days.ts, bank-holidays.ts; the tests
 * compare the two) but answers from tables built once: a day's 'YYYY-MM-DD' text, its year, month and day,
 * and the running count of working days, so that `wd(a, b)` and "the n-th working day after" are lookups.
 *
 * Covers 1900 to 2060. Working days are Monday to Friday less the bank holidays of England and Wales, which
 * src/domain holds for 2000-2035; the generator never dates casework outside those years.
 */
import { BANK_HOLIDAYS } from '../domain/bank-holidays.ts';
import { toDayNumber } from '../domain/dates.ts';

export type Day = number;

const FIRST = toDayNumber('1900-01-01');
const LAST = toDayNumber('2060-12-31');
const SIZE = LAST - FIRST + 1;

const ISO: string[] = new Array<string>(SIZE);
const YEAR = new Int16Array(SIZE);
const MONTH = new Int8Array(SIZE);
const DATE = new Int8Array(SIZE);
/** Working days on or before the day, counted from FIRST. */
const WORKING_TO = new Int32Array(SIZE);
/** The day numbers of the working days, in order. */
const WORKING_DAYS: number[] = [];

{
  const holidays = new Set(BANK_HOLIDAYS.map((date) => toDayNumber(date)));
  let count = 0;
  for (let i = 0; i < SIZE; i++) {
    const day = FIRST + i;
    const instant = new Date(day * 86_400_000);
    const y = instant.getUTCFullYear();
    const m = instant.getUTCMonth() + 1;
    const d = instant.getUTCDate();
    YEAR[i] = y;
    MONTH[i] = m;
    DATE[i] = d;
    ISO[i] = `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
    const weekday = instant.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day)) {
      count++;
      WORKING_DAYS.push(day);
    }
    WORKING_TO[i] = count;
  }
}

function index(day: Day): number {
  const i = day - FIRST;
  if (i < 0 || i >= SIZE || !Number.isInteger(i)) throw new RangeError(`day ${day} is outside 1900-2060`);
  return i;
}

/** The day number of a 'YYYY-MM-DD' date. */
export function dayOf(iso: string): Day {
  return toDayNumber(iso);
}

/** The 'YYYY-MM-DD' text of a day. */
export function isoOf(day: Day): string {
  return ISO[index(day)]!;
}

export function yearOf(day: Day): number {
  return YEAR[index(day)]!;
}

export function monthOf(day: Day): number {
  return MONTH[index(day)]!;
}

export function dateOf(day: Day): number {
  return DATE[index(day)]!;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(day: Day): boolean {
  return weekday(day) >= 6;
}

export function isWorkingDay(day: Day): boolean {
  const i = index(day);
  return i === 0 ? WORKING_TO[0] === 1 : WORKING_TO[i]! > WORKING_TO[i - 1]!;
}

/** The catalogue's wd(a, b): working days d with a < d <= b. */
export function wd(a: Day, b: Day): number {
  if (b < a) throw new RangeError('working days are counted forwards');
  return WORKING_TO[index(b)]! - WORKING_TO[index(a)]!;
}

/** The n-th working day after `day` (n >= 0; the day itself is day 0), as addWorkingDays does. */
export function addWorkingDays(day: Day, n: number): Day {
  if (n <= 0) return day;
  return WORKING_DAYS[WORKING_TO[index(day)]! + n - 1]!;
}

/** The day itself when it is a working day, else the next working day. */
export function workingDayFrom(day: Day): Day {
  return isWorkingDay(day) ? day : addWorkingDays(day, 1);
}

/** The day itself when it is a working day, else the working day before. */
export function workingDayUpTo(day: Day): Day {
  let d = day;
  while (!isWorkingDay(d)) d--;
  return d;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The day of the given year, month (1-12) and day of the month. */
export function dayFromParts(year: number, month: number, date: number): Day {
  return Math.round(Date.UTC(year, month - 1, date) / 86_400_000);
}

/** The same day of the month `months` later (earlier when negative), clamped to the month's last day. */
export function addMonths(day: Day, months: number): Day {
  const i = index(day);
  const total = YEAR[i]! * 12 + (MONTH[i]! - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return dayFromParts(year, month, Math.min(DATE[i]!, daysIn(year, month)));
}

/** Whole years of age on `day` for someone born on `dob` (dates.ts ageOn). */
export function ageOn(dob: Day, day: Day): number {
  const b = index(dob);
  const d = index(day);
  let age = YEAR[d]! - YEAR[b]!;
  if (MONTH[d]! < MONTH[b]! || (MONTH[d] === MONTH[b] && DATE[d]! < DATE[b]!)) age--;
  return age;
}

/** The day someone born on `dob` reaches `years` (29 February birthdays fall on 1 March in other years). */
export function birthday(dob: Day, years: number): Day {
  const b = index(dob);
  const year = YEAR[b]! + years;
  const month = MONTH[b]!;
  const date = DATE[b]!;
  if (month === 2 && date === 29 && daysIn(year, 2) === 28) return dayFromParts(year, 3, 1);
  return dayFromParts(year, month, date);
}

/** The first day of the month containing `day`. */
export function monthStart(day: Day): Day {
  return day - dateOf(day) + 1;
}
