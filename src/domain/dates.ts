/**
 * Calendar dates as 'YYYY-MM-DD' strings.
 *
 * Every date in Hearth's domain is an ISO calendar date string, never a JavaScript `Date`: a `Date` is an
 * instant, and turning one into a day through local time moves dates of birth around British Summer Time.
 * Internally these functions work on a day number (days since 1970-01-01) computed with `Date.UTC`, so
 * nothing here depends on the machine's time zone.
 *
 * ISO date strings of the same shape sort correctly as plain strings, so `a < b` compares two valid dates.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DMY_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const MS_PER_DAY = 86_400_000;

/** True for years with a 29 February in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when `value` is a string 'YYYY-MM-DD' naming a real calendar date (years 0001-9999).
 * '2024-02-29' is a date; '2023-02-29', '2024-13-01', '2024-1-5' and '2024-01-05T00:00' are not.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (KNOWN_DATES.has(value)) return true;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const valid = year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
  if (valid && KNOWN_DATES.size < MEMORY_LIMIT) KNOWN_DATES.add(value);
  return valid;
}

/**
 * Indicators and clocks examine the same few thousand dates millions of times, so valid dates and their day
 * numbers are remembered (up to a bound, so a long-running process cannot grow without limit).
 */
const MEMORY_LIMIT = 400_000;
const KNOWN_DATES = new Set<string>();
const DAY_NUMBERS = new Map<string, number>();
const DATES_OF_DAYS = new Map<number, string>();

/** Throws a `RangeError` naming the value unless it is a valid 'YYYY-MM-DD' date. */
export function assertIsoDate(value: unknown, name = 'date'): asserts value is string {
  if (!isIsoDate(value)) {
    throw new RangeError(
      `${name} must be a real calendar date written YYYY-MM-DD, not ${JSON.stringify(value)}`,
    );
  }
}

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function partsOf(date: string, name = 'date'): DateParts {
  assertIsoDate(date, name);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fromParts(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before it). Useful for fast arithmetic over many dates. Throws, naming the value `name`, unless `date` is a real YYYY-MM-DD date. */
export function toDayNumber(date: string, name = 'date'): number {
  const known = DAY_NUMBERS.get(date);
  if (known !== undefined) return known;
  const dayNumber = computeDayNumber(date, name);
  if (DAY_NUMBERS.size < MEMORY_LIMIT) DAY_NUMBERS.set(date, dayNumber);
  return dayNumber;
}

function computeDayNumber(date: string, name: string): number {
  const { year, month, day } = partsOf(date, name);
  // Date.UTC maps years 0-99 to 1900-1999, so set the full year explicitly on the epoch (midnight UTC).
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / MS_PER_DAY);
}

/** The date of a day number from `toDayNumber`. */
export function fromDayNumber(dayNumber: number): string {
  const known = DATES_OF_DAYS.get(dayNumber);
  if (known !== undefined) return known;
  if (!Number.isInteger(dayNumber)) throw new RangeError(`day number must be an integer, not ${dayNumber}`);
  const instant = new Date(dayNumber * MS_PER_DAY);
  const result = fromParts(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
  assertIsoDate(result, 'result');
  if (DATES_OF_DAYS.size < MEMORY_LIMIT) DATES_OF_DAYS.set(dayNumber, result);
  return result;
}

function assertInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be a whole number, not ${value}`);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  assertInteger(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

/** The date `weeks` weeks (7 days each) after `date`. */
export function addWeeks(date: string, weeks: number): string {
  assertInteger(weeks, 'weeks');
  return addDays(date, weeks * 7);
}

/** -1 when a is before b, 0 when they are the same day, 1 when a is after b. Usable with Array.sort. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  assertIsoDate(a, 'first date');
  assertIsoDate(b, 'second date');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `from` to `to`: 0 for the same day, 1 for the next day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The earlier of two dates. */
export function minDate(a: string, b: string): string {
  return compareDates(a, b) <= 0 ? a : b;
}

/** The later of two dates. */
export function maxDate(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * The same day of the month `months` months later (earlier when negative), clamped to the last day of the
 * target month, as the indicator catalogue defines "N months after a date":
 * 31 January + 1 month = 28 February (29 in a leap year); 31 March - 1 month = last day of February;
 * 29 February 2024 + 12 months = 28 February 2025.
 *
 * Clamping happens once per call: 31 January + 1 month = 28 February, and 28 February + 1 month =
 * 28 March, whereas 31 January + 2 months = 31 March. Chained clocks (each review 6 months after the
 * previous one) therefore run from the actual previous date, as the regulations do.
 */
export function addCalendarMonths(date: string, months: number): string {
  assertInteger(months, 'months');
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const result = fromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
  assertIsoDate(result, 'result');
  return result;
}

/** ISO weekday: 1 Monday, 2 Tuesday, ... 6 Saturday, 7 Sunday. */
export function isoWeekday(date: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  const weekday = ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
  return weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** True on Saturdays and Sundays. */
export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** The first day of the month containing `date`. */
export function monthStart(date: string): string {
  const { year, month } = partsOf(date);
  return fromParts(year, month, 1);
}

/** The last day of the month containing `date` (the as-at date of a monthly report). */
export function monthEnd(date: string): string {
  const { year, month } = partsOf(date);
  return fromParts(year, month, daysInMonth(year, month));
}

/**
 * Age in whole years on `date` for a person born on `dob`.
 *
 * In England and Wales a person attains an age at the start of the relevant anniversary of their birth
 * (Family Law Reform Act 1969, section 9). Hearth takes the anniversary of 29 February in a year that has
 * no 29 February to be 1 March (the usual reading; section 9 itself does not mention 29 February), so a
 * child born on 29 February 2008 is 14 on 28 February 2023 and 15 on 1 March 2023, and in a leap year has
 * their birthday on 29 February itself (16 on 29 February 2024). This falls out of comparing (month, day)
 * pairs: (2, 28) is before (2, 29), so on 28 February the birthday has not yet come.
 *
 * Throws when `date` is before `dob`: an age before birth (an unborn child) is not a number of years.
 */
export function ageOn(dob: string, date: string): number {
  const birth = partsOf(dob, 'date of birth');
  const on = partsOf(date, 'date');
  if (date < dob) throw new RangeError(`cannot give an age on ${date}, before the date of birth ${dob}`);
  let age = on.year - birth.year;
  if (on.month < birth.month || (on.month === birth.month && on.day < birth.day)) age -= 1;
  return age;
}

/**
 * The financial year containing `date`, named by the calendar year in which it starts: financial years run
 * from 1 April to 31 March, so 2025-03-31 is in 2024 (2024-25) and 2025-04-01 is in 2025 (2025-26).
 */
export function financialYearOf(date: string): number {
  const { year, month } = partsOf(date);
  return month >= 4 ? year : year - 1;
}

function startYearOf(yearOrDate: number | string): number {
  if (typeof yearOrDate === 'string') return financialYearOf(yearOrDate);
  if (!Number.isInteger(yearOrDate) || yearOrDate < 1 || yearOrDate > 9998) {
    throw new RangeError(`financial year must be a start year such as 2025, not ${yearOrDate}`);
  }
  return yearOrDate;
}

/** 1 April of a financial year, given its start year (2025 -> '2025-04-01') or any date in it. */
export function fyStart(yearOrDate: number | string): string {
  return fromParts(startYearOf(yearOrDate), 4, 1);
}

/** 31 March ending a financial year, given its start year (2025 -> '2026-03-31') or any date in it. */
export function fyEnd(yearOrDate: number | string): string {
  return fromParts(startYearOf(yearOrDate) + 1, 3, 31);
}

/** The financial year's label as DfE writes it: 2025 -> '2025-26'. */
export function financialYearLabel(startYear: number): string {
  startYearOf(startYear);
  return `${startYear}-${pad((startYear + 1) % 100, 2)}`;
}

/** 'YYYY-MM-DD' to 'DD/MM/YYYY', the form of dates in SSDA903 files and on screen. */
export function formatDmy(date: string): string {
  const { year, month, day } = partsOf(date);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/**
 * 'DD/MM/YYYY' to 'YYYY-MM-DD', or null when the text is not exactly two-digit day, two-digit month and
 * four-digit year naming a real date ('31/02/2024', '1/2/2024', '01/02/24' and ' 01/02/2024' give null).
 */
export function parseDmy(text: string): string | null {
  const match = DMY_DATE.exec(text);
  if (!match) return null;
  const iso = `${match[3]}-${match[2]}-${match[1]}`;
  return isIsoDate(iso) ? iso : null;
}

/** YYYY-MM-DD or D/M/YYYY, then maybe a time of day that is one (hh:mm, :ss, fractions; T or a space before). */
const DATE_TEXT =
  /^(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\/(\d{1,2})\/(\d{4}))(?:[ T](?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,7})?)?)?$/;

/**
 * A date as case systems, spreadsheets and SQL exports write one as text, as 'YYYY-MM-DD': YYYY-MM-DD, or
 * day first (DD/MM/YYYY, the day and month of one digit or two, as an English spreadsheet saves dates),
 * either maybe followed by a time of day, which is dropped ("2025-11-03 14:30:00.000", "3/11/2025 00:00").
 * Null when it is not a real date, the time is not a time, or anything else is written (a time zone, spaces
 * around it): a date is never moved from one day to another.
 */
export function dateOfText(text: string): string | null {
  const m = DATE_TEXT.exec(text);
  if (!m) return null;
  const iso = m[1]
    ? `${m[1]}-${m[2]}-${m[3]}`
    : `${m[6]}-${m[5]!.padStart(2, '0')}-${m[4]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** '2024-02-29' as '29 February 2024', the GOV.UK style for dates. */
export function formatLongDate(date: string): string {
  assertIsoDate(date);
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}
