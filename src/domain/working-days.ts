/**
 * Working days: Monday to Friday less the bank holidays of England and Wales.
 *
 * The indicator catalogue (shared/domain/indicators.md, "Conventions") fixes the arithmetic:
 *
 * - `wd(a, b)` is the number of working days d with a < d <= b: the start day is never counted and the end
 *   day is counted when it is a working day. `workingDaysBetween(a, b)` is exactly `wd(a, b)`, and is 0
 *   when a = b.
 * - "Within N working days of a" means wd(a, b) <= N: `isWithinWorkingDays(a, b, N)`.
 * - `addWorkingDays(a, N)` is the N-th working day after a (a itself is day 0), the due date a clock
 *   shows. It is the earliest date b with wd(a, b) = N. A weekend or bank holiday right after it still has
 *   wd = N, so an event on the Saturday after a Friday due date is "within N working days" by the
 *   catalogue's test, although the task list shows it as due on the Friday.
 *
 * When the end is before the start, `workingDaysBetween` throws. The catalogue's wd(a, b) is only defined
 * for a <= b: its literal set would be empty (0), and a signed count would be negative; both would make a
 * date recorded before its own start (an assessment authorised before it began) count as "in time". Such
 * dates are data errors for validation to report (CIN census rule 1103 and the like), so callers must
 * order or filter their dates first (for example, ignore visits after the as-at date).
 *
 * Every day examined must fall in 2000-2035, the years with bank-holiday data; otherwise a
 * `BankHolidayRangeError` is thrown rather than guessing.
 */
import { BANK_HOLIDAYS, BankHolidayRangeError, assertBankHolidayData } from './bank-holidays.ts';
import { assertIsoDate, fromDayNumber, isWeekend, toDayNumber } from './dates.ts';

const HOLIDAY_DAYS: readonly number[] = BANK_HOLIDAYS.map((date) => toDayNumber(date));
const HOLIDAY_DAY_SET: ReadonlySet<number> = new Set(HOLIDAY_DAYS);
const FIRST_DAY = toDayNumber('2000-01-01');
const LAST_DAY = toDayNumber('2035-12-31');
/** 1969-12-29, a Monday: the anchor for counting weekdays. */
const MONDAY_ANCHOR = -3;

function isWeekdayNumber(day: number): boolean {
  const fromMonday = (((day - MONDAY_ANCHOR) % 7) + 7) % 7;
  return fromMonday < 5;
}

function assertDayHasData(day: number): void {
  if (day < FIRST_DAY || day > LAST_DAY) throw new BankHolidayRangeError(fromDayNumber(day));
}

/** Weekdays (Monday-Friday) with day number below `day`, counted from the anchor Monday. */
function weekdaysBefore(day: number): number {
  const offset = day - MONDAY_ANCHOR;
  const weeks = Math.floor(offset / 7);
  return weeks * 5 + Math.min(offset - weeks * 7, 5);
}

/** Index of the first holiday with day number >= `day`. */
function firstHolidayIndexFrom(day: number): number {
  let low = 0;
  let high = HOLIDAY_DAYS.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((HOLIDAY_DAYS[middle] as number) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True on a Monday to Friday that is not a bank holiday. Throws for dates outside 2000-2035. */
export function isWorkingDay(date: string): boolean {
  assertBankHolidayData(date);
  return !isWeekend(date) && !HOLIDAY_DAY_SET.has(toDayNumber(date));
}

/**
 * The `n`-th working day after `date` (n >= 0). The start day is day 0 and is not counted, so it may be a
 * weekend or holiday: Saturday + 1 working day is the Monday (or the Tuesday after a bank-holiday Monday).
 * `addWorkingDays(date, 0)` is `date` itself.
 */
export function addWorkingDays(date: string, n: number): string {
  assertIsoDate(date);
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`the number of working days must be a whole number 0 or more, not ${n}`);
  }
  let day = toDayNumber(date);
  let counted = 0;
  while (counted < n) {
    day += 1;
    assertDayHasData(day);
    if (isWeekdayNumber(day) && !HOLIDAY_DAY_SET.has(day)) counted += 1;
  }
  return fromDayNumber(day);
}

/**
 * The catalogue's wd(start, end): the number of working days d with start < d <= end. 0 when the dates are
 * equal. Throws a `RangeError` when `end` is before `start` (see the module comment).
 */
export function workingDaysBetween(start: string, end: string): number {
  // toDayNumber checks each is a real date (naming it), and knows the dates it has seen without checking again.
  const startDay = toDayNumber(start, 'start');
  const last = toDayNumber(end, 'end');
  if (last < startDay) {
    throw new RangeError(
      `working days are counted forwards: the end ${end} is before the start ${start}; check the order of the dates`,
    );
  }
  if (last === startDay) return 0;
  const first = startDay + 1;
  assertDayHasData(first);
  assertDayHasData(last);
  const weekdays = weekdaysBefore(last + 1) - weekdaysBefore(first);
  const holidays = firstHolidayIndexFrom(last + 1) - firstHolidayIndexFrom(first);
  return weekdays - holidays;
}

/** The catalogue's "within N working days of start": wd(start, date) <= n. Throws when date < start. */
export function isWithinWorkingDays(start: string, date: string, n: number): boolean {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`the number of working days must be a whole number 0 or more, not ${n}`);
  }
  return workingDaysBetween(start, date) <= n;
}
