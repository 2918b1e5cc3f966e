import { describe, it, expect } from 'vitest';
import {
  BANK_HOLIDAYS,
  BANK_HOLIDAYS_FIRST_YEAR,
  BANK_HOLIDAYS_LAST_YEAR,
  BankHolidayRangeError,
  bankHolidaysIn,
  hasBankHolidayData,
  isBankHoliday,
} from './bank-holidays.ts';
import { isoWeekday } from './dates.ts';

describe('the bank holiday list', () => {
  it('covers 2000 to 2035', () => {
    expect(BANK_HOLIDAYS_FIRST_YEAR).toBe(2000);
    expect(BANK_HOLIDAYS_LAST_YEAR).toBe(2035);
    expect(BANK_HOLIDAYS[0]).toBe('2000-01-03'); // 1 January 2000 was a Saturday
    expect(BANK_HOLIDAYS.at(-1)).toBe('2035-12-26');
  });

  it('is sorted, without duplicates, and holds only weekdays', () => {
    expect([...BANK_HOLIDAYS].sort()).toEqual(BANK_HOLIDAYS);
    expect(new Set(BANK_HOLIDAYS).size).toBe(BANK_HOLIDAYS.length);
    expect(BANK_HOLIDAYS.filter((date) => isoWeekday(date) >= 6)).toEqual([]);
  });

  it('has 8 a year, plus the one-off holidays', () => {
    const extra: Record<number, number> = { 2002: 1, 2011: 1, 2012: 1, 2022: 2, 2023: 1 };
    for (let year = 2000; year <= 2035; year += 1) {
      expect(bankHolidaysIn(year), String(year)).toHaveLength(8 + (extra[year] ?? 0));
    }
    expect(BANK_HOLIDAYS).toHaveLength(36 * 8 + 6);
  });

  it('cannot be changed', () => {
    expect(Object.isFrozen(BANK_HOLIDAYS)).toBe(true);
  });
});

describe('Easter', () => {
  // Easter Sundays from the published tables; Good Friday is 2 days before, Easter Monday 1 day after.
  const cases: [number, string, string][] = [
    [2000, '2000-04-21', '2000-04-24'], // Easter Sunday 23 April
    [2008, '2008-03-21', '2008-03-24'], // 23 March, the earliest in the range
    [2011, '2011-04-22', '2011-04-25'], // 24 April
    [2019, '2019-04-19', '2019-04-22'], // 21 April
    [2024, '2024-03-29', '2024-04-01'], // 31 March
    [2025, '2025-04-18', '2025-04-21'], // 20 April
    [2026, '2026-04-03', '2026-04-06'], // 5 April
    [2027, '2027-03-26', '2027-03-29'], // 28 March
    [2035, '2035-03-23', '2035-03-26'], // 25 March
  ];
  it.each(cases)('%i: Good Friday %s and Easter Monday %s', (_year, goodFriday, easterMonday) => {
    expect(isBankHoliday(goodFriday)).toBe(true);
    expect(isBankHoliday(easterMonday)).toBe(true);
  });

  it('does not list Easter Sunday or Saturday', () => {
    expect(isBankHoliday('2024-03-31')).toBe(false);
    expect(isBankHoliday('2024-03-30')).toBe(false);
  });
});

describe('moved and one-off holidays', () => {
  it('2002: Golden Jubilee on 3 June and spring bank holiday moved to 4 June', () => {
    expect(bankHolidaysIn(2002)).toEqual([
      '2002-01-01',
      '2002-03-29',
      '2002-04-01',
      '2002-05-06',
      '2002-06-03',
      '2002-06-04',
      '2002-08-26',
      '2002-12-25',
      '2002-12-26',
    ]);
    expect(isBankHoliday('2002-05-27')).toBe(false); // the last Monday of May that year
  });

  it('2011: Royal Wedding on Friday 29 April', () => {
    expect(isBankHoliday('2011-04-29')).toBe(true);
    expect(isBankHoliday('2011-01-03')).toBe(true); // New Year's Day was a Saturday
  });

  it('2012: spring bank holiday moved to 4 June and Diamond Jubilee on 5 June', () => {
    expect(isBankHoliday('2012-06-04')).toBe(true);
    expect(isBankHoliday('2012-06-05')).toBe(true);
    expect(isBankHoliday('2012-05-28')).toBe(false);
    expect(isBankHoliday('2012-01-02')).toBe(true); // New Year's Day was a Sunday
  });

  it('2020: early May bank holiday moved to Friday 8 May for VE Day', () => {
    expect(isBankHoliday('2020-05-08')).toBe(true);
    expect(isBankHoliday('2020-05-04')).toBe(false);
  });

  it('2022: spring bank holiday on 2 June, Platinum Jubilee on 3 June, State Funeral on 19 September', () => {
    expect(bankHolidaysIn(2022)).toEqual([
      '2022-01-03',
      '2022-04-15',
      '2022-04-18',
      '2022-05-02',
      '2022-06-02',
      '2022-06-03',
      '2022-08-29',
      '2022-09-19',
      '2022-12-26',
      '2022-12-27',
    ]);
    expect(isBankHoliday('2022-05-30')).toBe(false);
  });

  it('2023: Coronation on 8 May, a week after the early May bank holiday', () => {
    expect(isBankHoliday('2023-05-01')).toBe(true);
    expect(isBankHoliday('2023-05-08')).toBe(true);
  });
});

describe('Christmas, Boxing Day and New Year substitutes', () => {
  it('Christmas on a Saturday: 27 and 28 December (2004, 2010, 2021)', () => {
    for (const year of [2004, 2010, 2021]) {
      expect(isBankHoliday(`${year}-12-25`)).toBe(false);
      expect(isBankHoliday(`${year}-12-26`)).toBe(false);
      expect(isBankHoliday(`${year}-12-27`)).toBe(true);
      expect(isBankHoliday(`${year}-12-28`)).toBe(true);
    }
  });

  it('Christmas on a Sunday: 26 and 27 December (2022)', () => {
    expect(isBankHoliday('2022-12-25')).toBe(false);
    expect(isBankHoliday('2022-12-26')).toBe(true);
    expect(isBankHoliday('2022-12-27')).toBe(true);
    expect(isBankHoliday('2022-12-28')).toBe(false);
  });

  it('Boxing Day on a Saturday: Friday 25 and Monday 28 December (2020)', () => {
    expect(isBankHoliday('2020-12-25')).toBe(true);
    expect(isBankHoliday('2020-12-28')).toBe(true);
  });

  it("New Year's Day at a weekend moves to the Monday", () => {
    expect(isBankHoliday('2022-01-03')).toBe(true); // 1 January 2022 was a Saturday
    expect(isBankHoliday('2023-01-02')).toBe(true); // 1 January 2023 was a Sunday
    expect(isBankHoliday('2023-01-01')).toBe(false);
  });
});

describe('outside the range', () => {
  it('refuses dates without data rather than treating them as ordinary days', () => {
    expect(() => isBankHoliday('1999-12-31')).toThrow(BankHolidayRangeError);
    expect(() => isBankHoliday('2036-01-01')).toThrow(/2000-2035/);
    expect(() => bankHolidaysIn(2036)).toThrow(BankHolidayRangeError);
    expect(hasBankHolidayData('1999-12-31')).toBe(false);
    expect(hasBankHolidayData('2035-12-31')).toBe(true);
  });

  it('refuses invalid dates', () => {
    expect(() => isBankHoliday('2023-02-29')).toThrow(RangeError);
  });

  it('answers ordinary days', () => {
    expect(isBankHoliday('2024-02-29')).toBe(false);
    expect(isBankHoliday('2035-12-31')).toBe(false);
  });
});
