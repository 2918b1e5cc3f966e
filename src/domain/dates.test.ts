import { describe, it, expect } from 'vitest';
import {
  formatLongDate,
  addCalendarMonths,
  addDays,
  addWeeks,
  ageOn,
  assertIsoDate,
  compareDates,
  daysBetween,
  financialYearLabel,
  financialYearOf,
  formatDmy,
  fromDayNumber,
  fyEnd,
  fyStart,
  isIsoDate,
  isoWeekday,
  isWeekend,
  maxDate,
  minDate,
  monthEnd,
  monthStart,
  parseDmy,
  dateOfText,
  toDayNumber,
} from './dates.ts';

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true); // divisible by 400: leap
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('0001-01-01')).toBe(true);
  });

  it('rejects 29 February outside leap years', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false); // divisible by 100, not 400: not leap
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('rejects impossible days and months and other shapes', () => {
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-01-00')).toBe(false);
    expect(isIsoDate('2024-1-05')).toBe(false);
    expect(isIsoDate('2024-01-05T00:00')).toBe(false);
    expect(isIsoDate(' 2024-01-05')).toBe(false);
    expect(isIsoDate('05/01/2024')).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate(20240105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('assertIsoDate names the bad value', () => {
    expect(() => assertIsoDate('2023-02-29', 'date of birth')).toThrow(/date of birth.*"2023-02-29"/);
    expect(() => assertIsoDate('2024-02-29')).not.toThrow();
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    // 1970-1999 is 30 years with 7 leap days (1972 ... 1996): 30 * 365 + 7.
    expect(toDayNumber('2000-01-01')).toBe(10957);
    expect(fromDayNumber(10957)).toBe('2000-01-01');
  });

  it('round-trips years below 100, which Date.UTC would move to the 1900s', () => {
    expect(fromDayNumber(toDayNumber('0050-03-01'))).toBe('0050-03-01');
  });
});

describe('addDays, addWeeks, daysBetween, compareDates', () => {
  it('adds calendar days across month, leap-day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-31', 0)).toBe('2024-03-31');
  });

  it('is not moved by British Summer Time changes (31 March and 27 October 2024)', () => {
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 1)).toBe('2024-10-27');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('rejects fractional amounts and invalid dates', () => {
    expect(() => addDays('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('adds weeks as 7 days each', () => {
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
    // 27 January + 42 days: 4 to 31 January, 28 more to 28 February, 10 more to 10 March.
    expect(addWeeks('2025-01-27', 6)).toBe('2025-03-10');
    expect(addWeeks('2025-03-10', -6)).toBe('2025-01-27');
  });

  it('counts calendar days between dates', () => {
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(365); // 2024 has 366 days
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect(daysBetween('2024-03-01', '2024-03-01')).toBe(0);
  });

  it('compares dates', () => {
    expect(compareDates('2024-02-29', '2024-03-01')).toBe(-1);
    expect(compareDates('2024-03-01', '2024-03-01')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(['2025-01-01', '2023-06-30', '2024-02-29'].sort(compareDates)).toEqual([
      '2023-06-30',
      '2024-02-29',
      '2025-01-01',
    ]);
    expect(minDate('2024-05-01', '2024-04-30')).toBe('2024-04-30');
    expect(maxDate('2024-05-01', '2024-04-30')).toBe('2024-05-01');
  });
});

describe('addCalendarMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addCalendarMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addCalendarMonths('2025-01-31', 2)).toBe('2025-03-31');
    expect(addCalendarMonths('2024-05-31', -12)).toBe('2023-05-31');
    expect(addCalendarMonths('2024-01-15', -13)).toBe('2022-12-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-08-31', 1)).toBe('2024-09-30');
    expect(addCalendarMonths('2024-10-31', 6)).toBe('2025-04-30');
  });

  it('clamps going backwards: 31 March minus one month is the last day of February', () => {
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('clamps once per call, not stickily', () => {
    expect(addCalendarMonths(addCalendarMonths('2025-01-31', 1), 1)).toBe('2025-03-28');
  });
});

describe('weekdays and month bounds', () => {
  it('gives the ISO weekday', () => {
    expect(isoWeekday('1970-01-01')).toBe(4); // Thursday
    expect(isoWeekday('2000-01-01')).toBe(6); // Saturday
    expect(isoWeekday('2024-02-29')).toBe(4); // Thursday
    expect(isoWeekday('2024-06-02')).toBe(7); // Sunday
    expect(isoWeekday('1969-12-29')).toBe(1); // Monday, before the epoch
  });

  it('knows weekends', () => {
    expect(isWeekend('2024-06-01')).toBe(true); // Saturday
    expect(isWeekend('2024-06-02')).toBe(true); // Sunday
    expect(isWeekend('2024-06-03')).toBe(false); // Monday
    expect(isWeekend('2024-05-31')).toBe(false); // Friday
  });

  it('gives month ends and starts', () => {
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2023-02-01')).toBe('2023-02-28');
    expect(monthEnd('1900-02-14')).toBe('1900-02-28');
    expect(monthEnd('2024-12-05')).toBe('2024-12-31');
    expect(monthEnd('2024-04-30')).toBe('2024-04-30');
    expect(monthStart('2024-04-30')).toBe('2024-04-01');
  });
});

describe('ageOn', () => {
  it('counts whole years, changing on the birthday', () => {
    expect(ageOn('2010-06-15', '2028-06-14')).toBe(17);
    expect(ageOn('2010-06-15', '2028-06-15')).toBe(18);
    expect(ageOn('2010-06-15', '2010-06-15')).toBe(0);
    expect(ageOn('2010-06-15', '2011-06-14')).toBe(0);
    expect(ageOn('2010-12-31', '2011-01-01')).toBe(0);
  });

  it('gives a child born on 29 February their birthday on 1 March in other years', () => {
    expect(ageOn('2008-02-29', '2023-02-28')).toBe(14);
    expect(ageOn('2008-02-29', '2023-03-01')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
  });

  it('refuses an age before birth', () => {
    expect(() => ageOn('2024-05-01', '2024-04-30')).toThrow(/before the date of birth/);
  });
});

describe('financial years', () => {
  it('run from 1 April to 31 March, named by their start year', () => {
    expect(financialYearOf('2025-03-31')).toBe(2024);
    expect(financialYearOf('2025-04-01')).toBe(2025);
    expect(financialYearOf('2025-12-31')).toBe(2025);
    expect(financialYearOf('2026-01-01')).toBe(2025);
  });

  it('give their first and last days from a start year or a date', () => {
    expect(fyStart(2025)).toBe('2025-04-01');
    expect(fyEnd(2025)).toBe('2026-03-31');
    expect(fyStart('2026-01-15')).toBe('2025-04-01');
    expect(fyEnd('2024-04-01')).toBe('2025-03-31');
    expect(fyEnd('2024-03-31')).toBe('2024-03-31');
    expect(() => fyStart(2025.5)).toThrow(RangeError);
  });

  it('are labelled as DfE writes them', () => {
    expect(financialYearLabel(2025)).toBe('2025-26');
    expect(financialYearLabel(1999)).toBe('1999-00');
  });
});

describe('DD/MM/YYYY', () => {
  it('formats', () => {
    expect(formatDmy('2024-02-29')).toBe('29/02/2024');
    expect(formatDmy('2025-04-01')).toBe('01/04/2025');
  });

  it('reads dates as systems and spreadsheets write them, dropping a time of day', () => {
    expect(dateOfText('2024-02-29')).toBe('2024-02-29');
    expect(dateOfText('2024-02-29 23:59:59.997')).toBe('2024-02-29');
    expect(dateOfText('2025-03-31T00:00:00')).toBe('2025-03-31');
    expect(dateOfText('29/02/2024 00:00')).toBe('2024-02-29');
    expect(dateOfText('1/4/2025')).toBe('2025-04-01');
    expect(dateOfText('31/12/2025 9:05')).toBe('2025-12-31');
    expect(dateOfText('29/02/2025')).toBeNull();
    expect(dateOfText('2025-04-31')).toBeNull();
    expect(dateOfText('01/04/2025 24:00')).toBeNull();
    expect(dateOfText('2025-04-01T00:00:00Z')).toBeNull();
    expect(dateOfText(' 01/04/2025')).toBeNull();
    expect(dateOfText('01/04/25')).toBeNull();
  });

  it('parses strictly', () => {
    expect(parseDmy('29/02/2024')).toBe('2024-02-29');
    expect(parseDmy('01/04/2025')).toBe('2025-04-01');
    expect(parseDmy('29/02/2023')).toBeNull();
    expect(parseDmy('31/04/2024')).toBeNull();
    expect(parseDmy('00/01/2024')).toBeNull();
    expect(parseDmy('1/2/2024')).toBeNull();
    expect(parseDmy('01/02/24')).toBeNull();
    expect(parseDmy(' 01/02/2024')).toBeNull();
    expect(parseDmy('01/02/2024 ')).toBeNull();
    expect(parseDmy('01-02-2024')).toBeNull();
    expect(parseDmy('2024-02-01')).toBeNull();
    expect(parseDmy('')).toBeNull();
  });
});

describe('formatLongDate', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatLongDate('2024-02-29')).toBe('29 February 2024');
    expect(formatLongDate('2026-01-05')).toBe('5 January 2026');
    expect(formatLongDate('1999-12-31')).toBe('31 December 1999');
  });
});
