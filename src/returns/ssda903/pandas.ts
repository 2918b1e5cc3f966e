/**
 * How pandas 1.5 (the DfE's reference validator) reads and orders values where a rule's reference relies
 * on it beyond the fixed DD/MM/YYYY dates `date` in rule.ts reads: dates read without a format, with the
 * day first (dayFirstTime), and the row order of a sort on one column, which is not stable (pandasOrder).
 */
import { daysInMonth } from '../../domain/dates.ts';

const DAY = 86_400_000;

/** The first and last moments pandas can hold (nanoseconds since 1970 in 64 bits). */
const FIRST_TIME = Date.UTC(1677, 8, 21, 0, 12, 43, 146);
const LAST_TIME = Date.UTC(2262, 3, 11, 23, 47, 16, 854);

const parsedTimes = new Map<string, number | null>();

/**
 * A cell as pandas 1.5 reads it with `to_datetime(cell, dayfirst=True, errors='coerce')` and no format, as a
 * time in milliseconds (the date and time of day as written, no time zone), or null where pandas gives NaT.
 * pandas tries, in turn: an ISO 8601 date (year first, the month and day of one or two digits after a
 * separator, then maybe a time); a day, month and year of fixed widths (DD/MM/YYYY, D/M/YYYY, MM/YYYY and
 * the like, with '/', '-', '.' or a space), taking the first number for the month only when the second
 * cannot be one ('05/13/2025' is 13 May); then python-dateutil's reading with the day first, which takes
 * spaces around the text, two-digit years (within 50 years of this year), month and weekday names, ordinal
 * endings, a time of day (with AM or PM) and six- or eight-digit dates; a text starting with a time of day
 * is that time today. Checked against pandas 1.5.3 and dateutil 2.8.2 on some 40,000 texts of these kinds.
 * One thing is not followed: a time zone (UTC, Z, +01:00) makes the reference read the whole column as
 * mixed objects rather than dates; such a cell is taken here as not a date.
 */
export function dayFirstTime(cell: string | undefined): number | null {
  if (!cell || NAT_TEXTS.has(cell)) return null;
  let parsed = parsedTimes.get(cell);
  if (parsed === undefined) {
    // A cell starting with a time of day is dated today, so only that it is one is kept.
    parsed = looksLikeTime(cell) ? TIME_OF_DAY : inRange(readTime(cell));
    if (parsedTimes.size >= 100_000) parsedTimes.clear();
    parsedTimes.set(cell, parsed);
  }
  return parsed === TIME_OF_DAY ? inRange(readTime(cell)) : parsed;
}

/** What parsedTimes keeps for a cell starting with a time of day (no time pandas can hold is this). */
const TIME_OF_DAY = Number.NEGATIVE_INFINITY;

/** pandas' ISO 8601 reading, then its others. */
function readTime(cell: string): number | null {
  const iso = isoTime(cell);
  return iso === undefined ? otherTime(cell) : iso;
}

/** A time pandas can hold, or null. */
function inRange(time: number | null): number | null {
  return time !== null && time >= FIRST_TIME && time <= LAST_TIME ? time : null;
}

/** pandas' readings after ISO 8601, in its order (parse_datetime_string). */
function otherTime(cell: string): number | null {
  if (!looksLikeDate(cell)) return null;
  if (looksLikeTime(cell)) {
    // A text starting with a time of day: dateutil with today as the default date, as pandas reads it.
    const today = new Date();
    return dateutilTime(cell, [today.getFullYear(), today.getMonth() + 1, today.getDate()]);
  }
  const delimited = delimitedDate(cell);
  if (delimited !== undefined) return delimited;
  const abbreviated = abbreviatedDate(cell);
  if (abbreviated !== undefined) return abbreviated;
  return dateutilTime(cell);
}

const NAT_TEXTS = new Set(['NaT', 'nat', 'NAT', 'nan', 'NaN', 'NAN']);

/** A real date and time as milliseconds, or null when the day, month, hour, minute or second is out of range. */
function moment(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const d = new Date(Date.UTC(2000, month - 1, day, hour, minute, second, ms));
  d.setUTCFullYear(year);
  return d.getTime();
}

/**
 * pandas' own ISO 8601 reading (np_datetime_strings.c): spaces first, a year of four digits, then maybe a
 * month and a day, each of one or two digits after a separator ('-', '.', '/', '\\' or a space, the same
 * both times) or of two digits without one, then maybe 'T' or a space and a time (hours, minutes, seconds,
 * fractions). A time in milliseconds, or undefined when the text is not of this form or names no real date
 * (pandas then reads it as dateutil does), or null for a time zone, which the reference reads into a column
 * of mixed objects rather than dates and is not followed here.
 */
function isoTime(s: string): number | null | undefined {
  const n = s.length;
  const digit = (k: number): boolean => k < n && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57;
  const value = (k: number): number => s.charCodeAt(k) - 48;
  const space = (k: number): boolean => k < n && /\s/.test(s[k]!);
  let i = 0;
  while (space(i)) i++;
  if (i >= n || s[i] === '-') return undefined;
  let year = 0;
  if (digit(i) && digit(i + 1) && digit(i + 2) && digit(i + 3)) {
    year = value(i) * 1000 + value(i + 1) * 100 + value(i + 2) * 10 + value(i + 3);
    i += 4;
  }
  if (i >= n) return moment(year, 1, 1);
  let sep = '';
  if (!digit(i)) {
    if (!'-./\\ '.includes(s[i]!)) return undefined;
    sep = s[i++]!;
    if (!digit(i)) return undefined;
  }
  let month = value(i++);
  if (digit(i)) month = month * 10 + value(i++);
  else if (!sep) return undefined;
  if (month < 1 || month > 12) return undefined;
  // A year and month without a separator (YYYYMM) is left to dateutil, which reads YYMMDD.
  if (i >= n) return sep ? moment(year, month, 1) : undefined;
  if (sep) {
    if (s[i] !== sep || i === n - 1) return undefined;
    i++;
  }
  if (!digit(i)) return undefined;
  let day = value(i++);
  if (digit(i)) day = day * 10 + value(i++);
  else if (!sep) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (i >= n) return moment(year, month, day);
  if ((s[i] !== 'T' && s[i] !== ' ') || i === n - 1) return undefined;
  i++;
  if (!digit(i)) return undefined;
  let hour = value(i++);
  let minute = 0;
  let second = 0;
  let ms = 0;
  const twoDigitHour = digit(i);
  if (twoDigitHour) {
    hour = hour * 10 + value(i++);
    if (hour >= 24) return undefined;
  }
  const zone = (k: number): number | null | undefined => {
    while (space(k)) k++;
    if (k >= n) return moment(year, month, day, hour, minute, second, ms) ?? undefined;
    return s[k] === 'Z' || s[k] === '+' || s[k] === '-' ? null : undefined;
  };
  if (i >= n) return twoDigitHour ? zone(i) : undefined;
  let colons = false;
  if (s[i] === ':') {
    colons = true;
    i++;
    if (!digit(i)) return undefined;
  } else if (!digit(i)) {
    return twoDigitHour ? zone(i) : undefined;
  }
  minute = value(i++);
  if (digit(i)) {
    minute = minute * 10 + value(i++);
    if (minute >= 60) return undefined;
  } else if (!colons) return undefined;
  if (i >= n) return zone(i);
  if (colons && s[i] === ':') {
    i++;
    if (!digit(i)) return undefined;
  } else if (colons || !digit(i)) {
    return zone(i);
  }
  second = value(i++);
  if (digit(i)) {
    second = second * 10 + value(i++);
    if (second >= 60) return undefined;
  } else if (!colons) return undefined;
  if (s[i] === '.') {
    i++;
    let fraction = '';
    while (digit(i) && fraction.length < 18) fraction += s[i++];
    ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  }
  return zone(i);
}

/** pandas' test before reading a text that is not ISO: a number below 1000 (or A, M, P, T) is not a date. */
function looksLikeDate(cell: string): boolean {
  if (cell.startsWith('0')) return true;
  if (['a', 'A', 'm', 'M', 'p', 'P', 't', 'T'].includes(cell)) return false;
  if (/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(cell)) return Number(cell) >= 1000;
  return true;
}

/** pandas' test for a text starting with a time of day (H:MM or HH:MM), which it dates today. */
function looksLikeTime(s: string): boolean {
  if (s.length < 4) return false;
  const d = (k: number, otherwise: number): number => (/[0-9]/.test(s[k] ?? '') ? Number(s[k]) : otherwise);
  const two = (k: number): number => d(k, -10) * 10 + d(k + 1, -100);
  let hour = -1;
  let minute = -1;
  if (s[1] === ':') {
    hour = d(0, -1);
    minute = two(2);
  } else if (s[2] === ':') {
    hour = two(0);
    minute = two(3);
  }
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * pandas' reading of a day, month and year of fixed widths (_parse_delimited_date): DD/MM/YYYY,
 * D/MM/YYYY, DD/M/YYYY, D/M/YYYY or MM/YYYY, each '/' maybe '-', '.' or a space (MM/YYYY not with '.').
 * With the day first the first number is the day, unless the second is above 12; a first number above 12
 * is always the day. Undefined when the text is not of this form, null when it names no date.
 */
function delimitedDate(s: string): number | null | undefined {
  const d = (k: number, otherwise: number): number => (/[0-9]/.test(s[k] ?? '') ? Number(s[k]) : otherwise);
  const one = (k: number): number => d(k, -10);
  const two = (k: number): number => d(k, -10) * 10 + d(k + 1, -100);
  const four = (k: number): number =>
    d(k, -10) * 1000 + d(k + 1, -100) * 100 + d(k + 2, -1000) * 10 + d(k + 3, -10000);
  const delimiter = (k: number): boolean => ' /-.'.includes(s[k] ?? 'x');
  const n = s.length;
  let month: number;
  let day = 1;
  let year: number;
  let canSwap = true;
  if (n === 10 && delimiter(2) && delimiter(5)) [month, day, year] = [two(0), two(3), four(6)];
  else if (n === 9 && delimiter(1) && delimiter(4)) [month, day, year] = [one(0), two(2), four(5)];
  else if (n === 9 && delimiter(2) && delimiter(4)) [month, day, year] = [two(0), one(3), four(5)];
  else if (n === 8 && delimiter(1) && delimiter(3)) [month, day, year] = [one(0), one(2), four(4)];
  else if (n === 7 && delimiter(2) && s[2] !== '.') {
    [month, year] = [two(0), four(3)];
    canSwap = false;
  } else return undefined;
  if (month < 0 || day < 0 || year < 1000) return undefined;
  if (month < 1 || month > 31 || day < 1 || day > 31 || (month > 12 && day > 12)) return null;
  if ((month > 12 || day <= 12) && canSwap) [day, month] = [month, day];
  return moment(year, month, day);
}

const MONTH_ABBREVIATIONS = [
  'JAN',
  'FEB',
  'MAR',
  'APR',
  'MAY',
  'JUN',
  'JUL',
  'AUG',
  'SEP',
  'OCT',
  'NOV',
  'DEC',
];

/** A whole number as Python's int() reads one, or undefined. */
function pyInt(text: string | undefined): number | undefined {
  return text !== undefined && /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : undefined;
}

/**
 * pandas' reading of years, quarters and months (_parse_dateabbr_string): '2025', '2025Q1', '1Q25',
 * '2025-4', 'APR 2025', 'APR-2025'. Undefined when the text is not of these forms, null when it names no
 * date pandas holds.
 */
function abbreviatedDate(cell: string): number | null | undefined {
  const s = cell.toUpperCase();
  const n = s.length;
  const first = (year: number, month: number): number | null | undefined =>
    year >= 1 && year <= 9999 ? moment(year, month, 1) : undefined;
  if (n === 4) {
    const year = pyInt(s);
    if (year !== undefined && year >= 1 && year <= 9999) return moment(year, 1, 1);
  }
  const q = n >= 4 && n <= 7 ? s.indexOf('Q', 1) : -1;
  if (q >= 1 && q < 6) {
    let quarter: number | undefined;
    let year: number | undefined;
    if (q === 1) {
      quarter = pyInt(s[0]);
      if (n === 4 || (n === 5 && s[q + 1] === '-')) year = add2000(pyInt(s.slice(-2)));
      else if (n === 6 || (n === 7 && s[q + 1] === '-')) year = pyInt(s.slice(-4));
      else quarter = undefined;
    } else if ((q === 2 || q === 3) && (n === 4 || (n === 5 && s[q - 1] === '-'))) {
      quarter = pyInt(s.slice(-1));
      year = add2000(pyInt(s.slice(0, 2)));
    } else if ((q === 4 || q === 5) && (n === 6 || (n === 7 && s[q - 1] === '-'))) {
      quarter = pyInt(s.slice(-1));
      year = pyInt(s.slice(0, 4));
    }
    if (quarter !== undefined && year !== undefined) {
      if (quarter < 1 || quarter > 4) return null;
      const date = first(year, (quarter - 1) * 3 + 1);
      if (date !== undefined) return date;
    }
  }
  const ym = /^(\d{4})-(1[0-2]|0[1-9]|[1-9])$/.exec(s);
  if (ym) return first(Number(ym[1]), Number(ym[2])) ?? null;
  const my = /^([A-Z]{3})(?:\s+|-)(\d{4})$/.exec(s);
  if (my && MONTH_ABBREVIATIONS.includes(my[1]!)) {
    return first(Number(my[2]), MONTH_ABBREVIATIONS.indexOf(my[1]!) + 1) ?? null;
  }
  return undefined;
}

function add2000(year: number | undefined): number | undefined {
  return year === undefined ? undefined : 2000 + year;
}

const MONTHS: readonly (readonly string[])[] = [
  ['JAN', 'JANUARY'],
  ['FEB', 'FEBRUARY'],
  ['MAR', 'MARCH'],
  ['APR', 'APRIL'],
  ['MAY'],
  ['JUN', 'JUNE'],
  ['JUL', 'JULY'],
  ['AUG', 'AUGUST'],
  ['SEP', 'SEPT', 'SEPTEMBER'],
  ['OCT', 'OCTOBER'],
  ['NOV', 'NOVEMBER'],
  ['DEC', 'DECEMBER'],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)));
const WEEKDAY_OF = new Map(
  [
    ['MON', 'MONDAY'],
    ['TUE', 'TUESDAY'],
    ['WED', 'WEDNESDAY'],
    ['THU', 'THURSDAY'],
    ['FRI', 'FRIDAY'],
    ['SAT', 'SATURDAY'],
    ['SUN', 'SUNDAY'],
  ].flatMap((names, i) => names.map((name) => [name, i] as const)),
);
const JUMPS = new Set([' ', '.', ',', ';', '-', '/', "'", 'AT', 'ON', 'AND', 'AD', 'M', 'T', 'OF']);
['ST', 'ND', 'RD', 'TH'].forEach((j) => JUMPS.add(j));
const HMS = new Map([
  ['H', 0],
  ['HOUR', 0],
  ['HOURS', 0],
  ['M', 1],
  ['MINUTE', 1],
  ['MINUTES', 1],
  ['S', 2],
  ['SECOND', 2],
  ['SECONDS', 2],
]);
const AMPM = new Map([
  ['AM', 0],
  ['A', 0],
  ['PM', 1],
  ['P', 1],
]);

/** Thrown where dateutil fails to read a text. */
class NotADate extends Error {}

/** python-dateutil's _timelex: the text as runs of letters, runs of digits (with their dots) and single marks. */
function timelex(text: string): string[] {
  const tokens: string[] = [];
  const waiting: string[] = [];
  const isWord = (c: string): boolean => /\p{L}/u.test(c);
  const isNum = (c: string): boolean => c >= '0' && c <= '9';
  let i = 0;
  for (;;) {
    if (waiting.length > 0) {
      tokens.push(waiting.shift()!);
      continue;
    }
    let token: string | null = null;
    let state: '' | 'a' | '0' | 'a.' | '0.' = '';
    let seenLetters = false;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '\0') {
        i++;
        continue;
      }
      if (!state) {
        token = c;
        i++;
        if (isWord(c)) state = 'a';
        else if (isNum(c)) state = '0';
        else {
          if (/\s/.test(c)) token = ' ';
          break;
        }
      } else if (state === 'a') {
        seenLetters = true;
        if (isWord(c)) token += c;
        else if (c === '.') {
          token += c;
          state = 'a.';
        } else break;
        i++;
      } else if (state === '0') {
        if (isNum(c)) token += c;
        else if (c === '.' || (c === ',' && token!.length >= 2)) {
          token += c;
          state = '0.';
        } else break;
        i++;
      } else if (state === 'a.') {
        seenLetters = true;
        if (c === '.' || isWord(c)) token += c;
        else if (isNum(c) && token!.endsWith('.')) {
          token += c;
          state = '0.';
        } else break;
        i++;
      } else {
        if (c === '.' || isNum(c)) token += c;
        else if (isWord(c) && token!.endsWith('.')) {
          token += c;
          state = 'a.';
        } else break;
        i++;
      }
    }
    if (token === null) return tokens;
    if (
      (state === 'a.' || state === '0.') &&
      (seenLetters || token.split('.').length > 2 || token.endsWith('.') || token.endsWith(','))
    ) {
      const parts = token.split(/([.,])/);
      token = parts[0]!;
      for (const part of parts.slice(1)) if (part) waiting.push(part);
    }
    if (state === '0.' && !token.includes('.')) token = token.replace(/,/g, '.');
    tokens.push(token);
  }
}

/** dateutil's list of up to three numbers for the year, month and day, with what it knows of each. */
class Ymd {
  values: number[] = [];
  centurySpecified = false;
  yearAt: number | undefined;
  monthAt: number | undefined;

  append(value: string | number, label?: 'Y' | 'M'): void {
    if (typeof value === 'string') {
      if (/^[0-9]+$/.test(value) && value.length > 2) {
        this.centurySpecified = true;
        label = 'Y';
      }
    } else if (value > 100) {
      this.centurySpecified = true;
      label = 'Y';
    }
    const number = typeof value === 'string' ? pyInt(value) : Math.trunc(value);
    if (number === undefined) throw new NotADate();
    this.values.push(number);
    if (label === 'M') {
      if (this.monthAt !== undefined) throw new NotADate();
      this.monthAt = this.values.length - 1;
    } else if (label === 'Y') {
      if (this.yearAt !== undefined) throw new NotADate();
      this.yearAt = this.values.length - 1;
    }
  }

  couldBeDay(value: number): boolean {
    if (this.monthAt === undefined) return value >= 1 && value <= 31;
    const month = this.values[this.monthAt]!;
    const year = this.yearAt === undefined ? 2000 : this.values[this.yearAt]!;
    return month >= 1 && month <= 12 && value >= 1 && value <= daysInMonth(year, month);
  }

  /** dateutil's resolve_ymd with the day first. */
  resolve(): [number | undefined, number | undefined, number | undefined] {
    const v = this.values;
    const known = (this.yearAt === undefined ? 0 : 1) + (this.monthAt === undefined ? 0 : 1);
    if ((v.length === known && known > 0) || (v.length === 3 && known === 2)) {
      const dayAt =
        v.length === 3 ? [0, 1, 2].find((i) => i !== this.yearAt && i !== this.monthAt) : undefined;
      return [
        this.yearAt === undefined ? undefined : v[this.yearAt],
        this.monthAt === undefined ? undefined : v[this.monthAt],
        dayAt === undefined ? undefined : v[dayAt],
      ];
    }
    if (v.length > 3) throw new NotADate();
    const m = this.monthAt;
    const [a, b, c] = v as [number, number, number];
    if (v.length === 0) return [undefined, undefined, undefined];
    if (v.length === 1 || (m !== undefined && v.length === 2)) {
      const month = m === undefined ? undefined : v[m];
      const other = m === undefined ? a : v[m === 0 ? v.length - 1 : m - 1]!;
      if (v.length > 1 || m === undefined)
        return other > 31 ? [other, month, undefined] : [undefined, month, other];
      return [undefined, month, undefined];
    }
    if (v.length === 2) {
      if (a > 31) return [a, b, undefined];
      if (b > 31) return [b, a, undefined];
      if (b <= 12) return [undefined, b, a];
      return [undefined, a, b];
    }
    if (m === 0) return b > 31 ? [b, a, c] : [c, a, b];
    if (m === 1) return a > 31 ? [a, b, c] : [c, b, a];
    if (m === 2) return b > 31 ? [b, c, a] : [a, c, b];
    if (a > 31 || this.yearAt === 0) return c <= 12 ? [a, c, b] : [a, b, c];
    if (a > 12 || b <= 12) return [c, b, a];
    return [c, a, b];
  }
}

interface Parsed {
  hour?: number;
  minute?: number;
  second?: number;
  microsecond?: number;
  weekday?: number;
  tzname?: string;
  zoned?: boolean;
  ampm?: number;
}

/** A number as Python's Decimal of a dateutil token, or a failure. */
function decimal(token: string | undefined): number {
  if (token === undefined || !/^[0-9]*\.?[0-9]*$/.test(token) || !/[0-9]/.test(token)) throw new NotADate();
  return Number(token);
}

function int(value: number | string | undefined): number {
  if (typeof value === 'number') return Math.trunc(value);
  const n = pyInt(value);
  if (n === undefined) throw new NotADate();
  return n;
}

/** dateutil's seconds and microseconds of 'S[.F]'. */
function secondsOf(text: string | undefined): [number, number] {
  if (text === undefined) throw new NotADate();
  if (!text.includes('.')) return [int(text), 0];
  const parts = text.split('.');
  if (parts.length !== 2) throw new NotADate();
  return [int(parts[0]), int(parts[1]!.padEnd(6, '0').slice(0, 6))];
}

function minutesOf(value: number, parsed: Parsed): void {
  parsed.minute = Math.trunc(value);
  const rest = value % 1;
  parsed.second = rest ? Math.trunc(60 * rest) : undefined;
}

function adjustAmpm(hour: number, ampm: number): number {
  if (hour < 12 && ampm === 1) return hour + 12;
  if (hour === 12 && ampm === 0) return 0;
  return hour;
}

/** dateutil's reading of a number (_parse_numeric_token): a date, a part of one, or a time. */
function numericToken(tokens: string[], idx: number, ymd: Ymd, parsed: Parsed): number {
  const text = tokens[idx]!;
  const value = decimal(text);
  const length = text.length;
  const count = tokens.length;
  const hms = (k: number): number | undefined =>
    tokens[k] === undefined ? undefined : HMS.get(tokens[k]!.toUpperCase());
  const jump = (k: number): boolean => JUMPS.has(tokens[k]!.toUpperCase());
  const ampm = (k: number): number | undefined =>
    tokens[k] === undefined ? undefined : AMPM.get(tokens[k]!.toUpperCase());
  let hmsAt: number | undefined;
  if (idx + 1 < count && hms(idx + 1) !== undefined) hmsAt = idx + 1;
  else if (idx + 2 < count && tokens[idx + 1] === ' ' && hms(idx + 2) !== undefined) hmsAt = idx + 2;
  else if (idx > 0 && hms(idx - 1) !== undefined) hmsAt = idx - 1;
  else if (idx > 1 && idx === count - 1 && tokens[idx - 1] === ' ' && hms(idx - 2) !== undefined)
    hmsAt = idx - 2;
  if (
    ymd.values.length === 3 &&
    (length === 2 || length === 4) &&
    parsed.hour === undefined &&
    (idx + 1 >= count || (tokens[idx + 1] !== ':' && hms(idx + 1) === undefined))
  ) {
    parsed.hour = int(text.slice(0, 2));
    if (length === 4) parsed.minute = int(text.slice(2));
  } else if (length === 6 || (length > 6 && text.indexOf('.') === 6)) {
    if (ymd.values.length === 0 && !text.includes('.')) {
      ymd.append(text.slice(0, 2));
      ymd.append(text.slice(2, 4));
      ymd.append(text.slice(4));
    } else {
      parsed.hour = int(text.slice(0, 2));
      parsed.minute = int(text.slice(2, 4));
      [parsed.second, parsed.microsecond] = secondsOf(text.slice(4));
    }
  } else if (length === 8 || length === 12 || length === 14) {
    ymd.append(text.slice(0, 4), 'Y');
    ymd.append(text.slice(4, 6));
    ymd.append(text.slice(6, 8));
    if (length > 8) {
      parsed.hour = int(text.slice(8, 10));
      parsed.minute = int(text.slice(10, 12));
      if (length > 12) parsed.second = int(text.slice(12));
    }
  } else if (hmsAt !== undefined) {
    const which = hmsAt > idx ? hms(hmsAt)! : hms(hmsAt)! + 1;
    if (hmsAt > idx) idx = hmsAt;
    if (which === 0) {
      parsed.hour = Math.trunc(value);
      if (value % 1) parsed.minute = Math.trunc(60 * (value % 1));
    } else if (which === 1) minutesOf(value, parsed);
    else if (which === 2) [parsed.second, parsed.microsecond] = secondsOf(text);
  } else if (idx + 2 < count && tokens[idx + 1] === ':') {
    parsed.hour = Math.trunc(value);
    minutesOf(decimal(tokens[idx + 2]), parsed);
    if (idx + 4 < count && tokens[idx + 3] === ':') {
      [parsed.second, parsed.microsecond] = secondsOf(tokens[idx + 4]);
      idx += 2;
    }
    idx += 2;
  } else if (idx + 1 < count && ['-', '/', '.'].includes(tokens[idx + 1]!)) {
    const sep = tokens[idx + 1];
    ymd.append(text);
    if (idx + 2 < count && !jump(idx + 2)) {
      const next = tokens[idx + 2]!;
      if (/^[0-9]+$/.test(next)) ymd.append(next);
      else {
        const month = MONTH_OF.get(next.toUpperCase());
        if (month === undefined) throw new NotADate();
        ymd.append(month, 'M');
      }
      if (idx + 3 < count && tokens[idx + 3] === sep) {
        const last = tokens[idx + 4];
        if (last === undefined) throw new NotADate();
        const month = MONTH_OF.get(last.toUpperCase());
        if (month !== undefined) ymd.append(month, 'M');
        else ymd.append(last);
        idx += 2;
      }
      idx += 1;
    }
    idx += 1;
  } else if (idx + 1 >= count || jump(idx + 1)) {
    if (idx + 2 < count && ampm(idx + 2) !== undefined) {
      parsed.hour = adjustAmpm(Math.trunc(value), ampm(idx + 2)!);
      idx += 1;
    } else ymd.append(value);
    idx += 1;
  } else if (ampm(idx + 1) !== undefined && value >= 0 && value < 24) {
    parsed.hour = adjustAmpm(Math.trunc(value), ampm(idx + 1)!);
    idx += 1;
  } else if (ymd.couldBeDay(value)) ymd.append(value);
  else throw new NotADate();
  return idx;
}

/**
 * python-dateutil's parse (2.8) with dayfirst=True and pandas' default of 1 January of year 1, as a time in
 * milliseconds: the text as runs of letters, digits and marks, read as dateutil reads them (numbers joined
 * by '-', '/' or '.', month and weekday names, times of day, AM and PM, the words it passes over), the
 * numbers taken as day, month and year as it decides. A time zone (UTC, GMT, Z or an offset) gives null,
 * as the reference then reads the column as mixed objects; an unknown zone name is passed over, as dateutil
 * does.
 */
function dateutilTime(text: string, defaults: [number, number, number] = [1, 1, 1]): number | null {
  const tokens = timelex(text);
  const ymd = new Ymd();
  const parsed: Parsed = {};
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  try {
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      const upper = token.toUpperCase();
      if (/^[0-9]/.test(token) || /^\.[0-9]/.test(token) || ['INF', 'INFINITY', 'NAN'].includes(upper)) {
        i = numericToken(tokens, i, ymd, parsed);
      } else if (WEEKDAY_OF.has(upper)) {
        parsed.weekday = WEEKDAY_OF.get(upper);
      } else if (MONTH_OF.has(upper)) {
        ymd.append(MONTH_OF.get(upper)!, 'M');
        if (i + 1 < tokens.length) {
          if (tokens[i + 1] === '-' || tokens[i + 1] === '/') {
            const sep = tokens[i + 1];
            ymd.append(tokens[i + 2] ?? '');
            if (i + 3 < tokens.length && tokens[i + 3] === sep) {
              ymd.append(tokens[i + 4] ?? '');
              i += 2;
            }
            i += 2;
          } else if (
            i + 4 < tokens.length &&
            tokens[i + 1] === ' ' &&
            tokens[i + 3] === ' ' &&
            tokens[i + 2]!.toUpperCase() === 'OF'
          ) {
            if (/^[0-9]+$/.test(tokens[i + 4]!))
              ymd.append(String(twoDigitYear(Number(tokens[i + 4]), false)), 'Y');
            i += 4;
          }
        }
      } else if (AMPM.has(upper)) {
        if (parsed.hour === undefined || parsed.hour > 12) throw new NotADate();
        parsed.hour = adjustAmpm(parsed.hour, AMPM.get(upper)!);
        parsed.ampm = AMPM.get(upper);
      } else if (
        parsed.hour !== undefined &&
        parsed.tzname === undefined &&
        !parsed.zoned &&
        token.length <= 5 &&
        (/^[A-Z]+$/.test(token) || ['UTC', 'GMT', 'Z', 'z'].includes(token))
      ) {
        parsed.tzname = token;
        if (['UTC', 'GMT', 'Z'].includes(upper)) parsed.zoned = true;
        if (tokens[i + 1] === '+' || tokens[i + 1] === '-') parsed.zoned = true;
      } else if (parsed.hour !== undefined && (token === '+' || token === '-')) {
        return null;
      } else if (!JUMPS.has(upper)) {
        throw new NotADate();
      }
    }
    [year, month, day] = ymd.resolve();
  } catch (error) {
    if (error instanceof NotADate) return null;
    throw error;
  }
  if (parsed.zoned) return null;
  if (year !== undefined) year = twoDigitYear(year, ymd.centurySpecified);
  const found: unknown[] = [year, month, day, parsed.weekday, parsed.hour, parsed.minute, parsed.second];
  found.push(parsed.microsecond, parsed.tzname, parsed.ampm);
  const anything = found.some((v) => v !== undefined);
  if (!anything) return null;
  if (day === undefined) {
    // dateutil keeps the default day only where the month has it, else takes the month's last day.
    const inMonth = month ?? defaults[1];
    if (inMonth < 1 || inMonth > 12) return null;
    const last = daysInMonth(year ?? defaults[0], inMonth);
    if (defaults[2] > last) day = last;
  }
  year ??= defaults[0];
  if (year < 1 || year > 9999) return null;
  const ms = parsed.microsecond === undefined ? 0 : Math.floor(parsed.microsecond / 1000);
  let time = moment(
    year,
    month ?? defaults[1],
    day ?? defaults[2],
    parsed.hour ?? 0,
    parsed.minute ?? 0,
    parsed.second ?? 0,
    ms,
  );
  if (time !== null && parsed.weekday !== undefined && !day) {
    const weekday = (new Date(time).getUTCDay() + 6) % 7;
    time += ((parsed.weekday - weekday + 7) % 7) * DAY;
  }
  return time;
}

/** dateutil's year of two digits: within 50 years of this year, unless the century was written. */
function twoDigitYear(year: number, centurySpecified: boolean): number {
  if (year >= 100 || centurySpecified) return year;
  const now = new Date().getFullYear();
  year += Math.floor(now / 100) * 100;
  if (year >= now + 50) return year - 100;
  if (year < now - 50) return year + 100;
  return year;
}

/**
 * The row order of pandas 1.5's `sort_values` on one column (its nargsort with the default kind,
 * 'quicksort'): the rows with a value sorted by numpy 1.24's argsort, blanks (null) after them in file order.
 * Descending, the valued rows are reversed before sorting and the result reversed again. numpy's quicksort
 * is an introsort that is not stable: rows with equal values keep their file order only in a sort of up to
 * 16 of them, so rules choosing "the first" or "the last" of equal dates follow it to choose as the
 * reference does. Checked against pandas 1.5.3 and numpy 1.24 on some 3,000 columns with many ties.
 */
export function pandasOrder(values: readonly (number | string | null)[], ascending = true): number[] {
  let valued: number[] = [];
  const blanks: number[] = [];
  values.forEach((v, i) => (v === null ? blanks : valued).push(i));
  if (!ascending) valued.reverse();
  const keys = valued.map((i) => values[i]!);
  valued = numpyArgsort(keys).map((k) => valued[k]!);
  if (!ascending) valued.reverse();
  return valued.concat(blanks);
}

/** numpy 1.24's argsort, kind 'quicksort' (aquicksort_: median-of-three introsort, insertion sort up to 16). */
function numpyArgsort(v: readonly (number | string)[]): number[] {
  const tosort = v.map((_, i) => i);
  const less = (a: number, b: number): boolean => v[a]! < v[b]!;
  const swap = (a: number, b: number): void => {
    const t = tosort[a]!;
    tosort[a] = tosort[b]!;
    tosort[b] = t;
  };
  const num = tosort.length;
  if (num < 2) return tosort;
  const stack: number[] = [];
  const depths: number[] = [];
  let pl = 0;
  let pr = num - 1;
  let cdepth = Math.floor(Math.log2(num)) * 2;
  for (;;) {
    if (cdepth < 0) {
      heapsort(tosort, pl, pr - pl + 1, less);
    } else {
      while (pr - pl > 15) {
        const pm = pl + ((pr - pl) >> 1);
        if (less(tosort[pm]!, tosort[pl]!)) swap(pm, pl);
        if (less(tosort[pr]!, tosort[pm]!)) swap(pr, pm);
        if (less(tosort[pm]!, tosort[pl]!)) swap(pm, pl);
        const vp = tosort[pm]!;
        let pi = pl;
        let pj = pr - 1;
        swap(pm, pj);
        for (;;) {
          do ++pi;
          while (less(tosort[pi]!, vp));
          do --pj;
          while (less(vp, tosort[pj]!));
          if (pi >= pj) break;
          swap(pi, pj);
        }
        swap(pi, pr - 1);
        if (pi - pl < pr - pi) {
          stack.push(pi + 1, pr);
          pr = pi - 1;
        } else {
          stack.push(pl, pi - 1);
          pl = pi + 1;
        }
        depths.push(--cdepth);
      }
      for (let pi = pl + 1; pi <= pr; ++pi) {
        const vi = tosort[pi]!;
        let pj = pi;
        while (pj > pl && less(vi, tosort[pj - 1]!)) {
          tosort[pj] = tosort[pj - 1]!;
          pj--;
        }
        tosort[pj] = vi;
      }
    }
    if (stack.length === 0) break;
    pr = stack.pop()!;
    pl = stack.pop()!;
    cdepth = depths.pop()!;
  }
  return tosort;
}

/** numpy's aheapsort_ on tosort[from, from + n), for an introsort gone too deep. */
function heapsort(tosort: number[], from: number, n: number, less: (a: number, b: number) => boolean): void {
  const a = (k: number): number => tosort[from + k - 1]!;
  const set = (k: number, value: number): void => {
    tosort[from + k - 1] = value;
  };
  const sift = (start: number, size: number, tmp: number): void => {
    let i = start;
    let j = start << 1;
    while (j <= size) {
      if (j < size && less(a(j), a(j + 1))) j += 1;
      if (less(tmp, a(j))) {
        set(i, a(j));
        i = j;
        j += j;
      } else break;
    }
    set(i, tmp);
  };
  for (let l = n >> 1; l > 0; --l) sift(l, n, a(l));
  for (let size = n; size > 1;) {
    const tmp = a(size);
    set(size, a(1));
    size -= 1;
    sift(1, size, tmp);
  }
}
