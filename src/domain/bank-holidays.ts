/**
 * Bank holidays in England and Wales, 2000 to 2035.
 *
 * Shipped as data, not computed at run time, so that one-off holidays and moved holidays are exactly those
 * that were proclaimed. The list was drafted with a script from the rules below, then every moved, one-off
 * and substitute day was checked by hand against the published dates (see bank-holidays.test.ts):
 *
 * - New Year's Day, 1 January; the next Monday when it falls at a weekend.
 * - Good Friday and Easter Monday (Easter Sunday by the Gregorian computus).
 * - Early May bank holiday, the first Monday of May; moved to Friday 8 May in 2020 for the 75th anniversary
 *   of VE Day.
 * - Spring bank holiday, the last Monday of May; moved to Tuesday 4 June 2002, Monday 4 June 2012 and
 *   Thursday 2 June 2022 for the Golden, Diamond and Platinum Jubilees.
 * - Summer bank holiday, the last Monday of August.
 * - Christmas Day and Boxing Day, with substitute weekdays: Christmas on a Saturday gives 27 and 28 December
 *   (2004, 2010, 2021); on a Sunday, 26 and 27 December (2011, 2016, 2022); Boxing Day on a Saturday gives
 *   28 December (2009, 2015, 2020).
 * - One-off holidays: Golden Jubilee (3 June 2002), Royal Wedding (29 April 2011), Diamond Jubilee
 *   (5 June 2012), Platinum Jubilee (3 June 2022), State Funeral of Queen Elizabeth II (19 September 2022),
 *   Coronation of King Charles III (8 May 2023). The Millennium holiday of 31 December 1999 is before the
 *   range.
 *
 * Years after the current one are projections from the rules: a future one-off holiday must be added here
 * when it is proclaimed. Every date in the list is a weekday (substitute days are listed, not the weekend
 * days they replace). Dates outside 2000-2035 are refused rather than silently treated as ordinary days.
 */
import { assertIsoDate } from './dates.ts';

export const BANK_HOLIDAYS_FIRST_YEAR = 2000;
export const BANK_HOLIDAYS_LAST_YEAR = 2035;

/** Thrown when a date's year has no bank-holiday data. */
export class BankHolidayRangeError extends RangeError {
  constructor(dateOrYear: string) {
    super(
      `No bank-holiday data for ${dateOrYear}: Hearth holds England and Wales bank holidays for ` +
        `${BANK_HOLIDAYS_FIRST_YEAR}-${BANK_HOLIDAYS_LAST_YEAR} only, so it cannot count working days there. ` +
        'Extend src/domain/bank-holidays.ts to cover that year.',
    );
    this.name = 'BankHolidayRangeError';
  }
}

/** Every England and Wales bank holiday from 2000 to 2035, sorted, as 'YYYY-MM-DD'. */
export const BANK_HOLIDAYS: readonly string[] = Object.freeze([
  // 2000
  '2000-01-03', // Mon New Year's Day
  '2000-04-21', // Fri Good Friday
  '2000-04-24', // Mon Easter Monday
  '2000-05-01', // Mon Early May bank holiday
  '2000-05-29', // Mon Spring bank holiday
  '2000-08-28', // Mon Summer bank holiday
  '2000-12-25', // Mon Christmas Day
  '2000-12-26', // Tue Boxing Day
  // 2001
  '2001-01-01', // Mon New Year's Day
  '2001-04-13', // Fri Good Friday
  '2001-04-16', // Mon Easter Monday
  '2001-05-07', // Mon Early May bank holiday
  '2001-05-28', // Mon Spring bank holiday
  '2001-08-27', // Mon Summer bank holiday
  '2001-12-25', // Tue Christmas Day
  '2001-12-26', // Wed Boxing Day
  // 2002
  '2002-01-01', // Tue New Year's Day
  '2002-03-29', // Fri Good Friday
  '2002-04-01', // Mon Easter Monday
  '2002-05-06', // Mon Early May bank holiday
  '2002-06-03', // Mon Golden Jubilee bank holiday
  '2002-06-04', // Tue Spring bank holiday
  '2002-08-26', // Mon Summer bank holiday
  '2002-12-25', // Wed Christmas Day
  '2002-12-26', // Thu Boxing Day
  // 2003
  '2003-01-01', // Wed New Year's Day
  '2003-04-18', // Fri Good Friday
  '2003-04-21', // Mon Easter Monday
  '2003-05-05', // Mon Early May bank holiday
  '2003-05-26', // Mon Spring bank holiday
  '2003-08-25', // Mon Summer bank holiday
  '2003-12-25', // Thu Christmas Day
  '2003-12-26', // Fri Boxing Day
  // 2004
  '2004-01-01', // Thu New Year's Day
  '2004-04-09', // Fri Good Friday
  '2004-04-12', // Mon Easter Monday
  '2004-05-03', // Mon Early May bank holiday
  '2004-05-31', // Mon Spring bank holiday
  '2004-08-30', // Mon Summer bank holiday
  '2004-12-27', // Mon Christmas Day (substitute day)
  '2004-12-28', // Tue Boxing Day (substitute day)
  // 2005
  '2005-01-03', // Mon New Year's Day
  '2005-03-25', // Fri Good Friday
  '2005-03-28', // Mon Easter Monday
  '2005-05-02', // Mon Early May bank holiday
  '2005-05-30', // Mon Spring bank holiday
  '2005-08-29', // Mon Summer bank holiday
  '2005-12-26', // Mon Boxing Day
  '2005-12-27', // Tue Christmas Day (substitute day)
  // 2006
  '2006-01-02', // Mon New Year's Day
  '2006-04-14', // Fri Good Friday
  '2006-04-17', // Mon Easter Monday
  '2006-05-01', // Mon Early May bank holiday
  '2006-05-29', // Mon Spring bank holiday
  '2006-08-28', // Mon Summer bank holiday
  '2006-12-25', // Mon Christmas Day
  '2006-12-26', // Tue Boxing Day
  // 2007
  '2007-01-01', // Mon New Year's Day
  '2007-04-06', // Fri Good Friday
  '2007-04-09', // Mon Easter Monday
  '2007-05-07', // Mon Early May bank holiday
  '2007-05-28', // Mon Spring bank holiday
  '2007-08-27', // Mon Summer bank holiday
  '2007-12-25', // Tue Christmas Day
  '2007-12-26', // Wed Boxing Day
  // 2008
  '2008-01-01', // Tue New Year's Day
  '2008-03-21', // Fri Good Friday
  '2008-03-24', // Mon Easter Monday
  '2008-05-05', // Mon Early May bank holiday
  '2008-05-26', // Mon Spring bank holiday
  '2008-08-25', // Mon Summer bank holiday
  '2008-12-25', // Thu Christmas Day
  '2008-12-26', // Fri Boxing Day
  // 2009
  '2009-01-01', // Thu New Year's Day
  '2009-04-10', // Fri Good Friday
  '2009-04-13', // Mon Easter Monday
  '2009-05-04', // Mon Early May bank holiday
  '2009-05-25', // Mon Spring bank holiday
  '2009-08-31', // Mon Summer bank holiday
  '2009-12-25', // Fri Christmas Day
  '2009-12-28', // Mon Boxing Day (substitute day)
  // 2010
  '2010-01-01', // Fri New Year's Day
  '2010-04-02', // Fri Good Friday
  '2010-04-05', // Mon Easter Monday
  '2010-05-03', // Mon Early May bank holiday
  '2010-05-31', // Mon Spring bank holiday
  '2010-08-30', // Mon Summer bank holiday
  '2010-12-27', // Mon Christmas Day (substitute day)
  '2010-12-28', // Tue Boxing Day (substitute day)
  // 2011
  '2011-01-03', // Mon New Year's Day
  '2011-04-22', // Fri Good Friday
  '2011-04-25', // Mon Easter Monday
  '2011-04-29', // Fri Royal Wedding bank holiday
  '2011-05-02', // Mon Early May bank holiday
  '2011-05-30', // Mon Spring bank holiday
  '2011-08-29', // Mon Summer bank holiday
  '2011-12-26', // Mon Boxing Day
  '2011-12-27', // Tue Christmas Day (substitute day)
  // 2012
  '2012-01-02', // Mon New Year's Day
  '2012-04-06', // Fri Good Friday
  '2012-04-09', // Mon Easter Monday
  '2012-05-07', // Mon Early May bank holiday
  '2012-06-04', // Mon Spring bank holiday
  '2012-06-05', // Tue Diamond Jubilee bank holiday
  '2012-08-27', // Mon Summer bank holiday
  '2012-12-25', // Tue Christmas Day
  '2012-12-26', // Wed Boxing Day
  // 2013
  '2013-01-01', // Tue New Year's Day
  '2013-03-29', // Fri Good Friday
  '2013-04-01', // Mon Easter Monday
  '2013-05-06', // Mon Early May bank holiday
  '2013-05-27', // Mon Spring bank holiday
  '2013-08-26', // Mon Summer bank holiday
  '2013-12-25', // Wed Christmas Day
  '2013-12-26', // Thu Boxing Day
  // 2014
  '2014-01-01', // Wed New Year's Day
  '2014-04-18', // Fri Good Friday
  '2014-04-21', // Mon Easter Monday
  '2014-05-05', // Mon Early May bank holiday
  '2014-05-26', // Mon Spring bank holiday
  '2014-08-25', // Mon Summer bank holiday
  '2014-12-25', // Thu Christmas Day
  '2014-12-26', // Fri Boxing Day
  // 2015
  '2015-01-01', // Thu New Year's Day
  '2015-04-03', // Fri Good Friday
  '2015-04-06', // Mon Easter Monday
  '2015-05-04', // Mon Early May bank holiday
  '2015-05-25', // Mon Spring bank holiday
  '2015-08-31', // Mon Summer bank holiday
  '2015-12-25', // Fri Christmas Day
  '2015-12-28', // Mon Boxing Day (substitute day)
  // 2016
  '2016-01-01', // Fri New Year's Day
  '2016-03-25', // Fri Good Friday
  '2016-03-28', // Mon Easter Monday
  '2016-05-02', // Mon Early May bank holiday
  '2016-05-30', // Mon Spring bank holiday
  '2016-08-29', // Mon Summer bank holiday
  '2016-12-26', // Mon Boxing Day
  '2016-12-27', // Tue Christmas Day (substitute day)
  // 2017
  '2017-01-02', // Mon New Year's Day
  '2017-04-14', // Fri Good Friday
  '2017-04-17', // Mon Easter Monday
  '2017-05-01', // Mon Early May bank holiday
  '2017-05-29', // Mon Spring bank holiday
  '2017-08-28', // Mon Summer bank holiday
  '2017-12-25', // Mon Christmas Day
  '2017-12-26', // Tue Boxing Day
  // 2018
  '2018-01-01', // Mon New Year's Day
  '2018-03-30', // Fri Good Friday
  '2018-04-02', // Mon Easter Monday
  '2018-05-07', // Mon Early May bank holiday
  '2018-05-28', // Mon Spring bank holiday
  '2018-08-27', // Mon Summer bank holiday
  '2018-12-25', // Tue Christmas Day
  '2018-12-26', // Wed Boxing Day
  // 2019
  '2019-01-01', // Tue New Year's Day
  '2019-04-19', // Fri Good Friday
  '2019-04-22', // Mon Easter Monday
  '2019-05-06', // Mon Early May bank holiday
  '2019-05-27', // Mon Spring bank holiday
  '2019-08-26', // Mon Summer bank holiday
  '2019-12-25', // Wed Christmas Day
  '2019-12-26', // Thu Boxing Day
  // 2020
  '2020-01-01', // Wed New Year's Day
  '2020-04-10', // Fri Good Friday
  '2020-04-13', // Mon Easter Monday
  '2020-05-08', // Fri Early May bank holiday (VE Day)
  '2020-05-25', // Mon Spring bank holiday
  '2020-08-31', // Mon Summer bank holiday
  '2020-12-25', // Fri Christmas Day
  '2020-12-28', // Mon Boxing Day (substitute day)
  // 2021
  '2021-01-01', // Fri New Year's Day
  '2021-04-02', // Fri Good Friday
  '2021-04-05', // Mon Easter Monday
  '2021-05-03', // Mon Early May bank holiday
  '2021-05-31', // Mon Spring bank holiday
  '2021-08-30', // Mon Summer bank holiday
  '2021-12-27', // Mon Christmas Day (substitute day)
  '2021-12-28', // Tue Boxing Day (substitute day)
  // 2022
  '2022-01-03', // Mon New Year's Day
  '2022-04-15', // Fri Good Friday
  '2022-04-18', // Mon Easter Monday
  '2022-05-02', // Mon Early May bank holiday
  '2022-06-02', // Thu Spring bank holiday
  '2022-06-03', // Fri Platinum Jubilee bank holiday
  '2022-08-29', // Mon Summer bank holiday
  '2022-09-19', // Mon State Funeral of Queen Elizabeth II
  '2022-12-26', // Mon Boxing Day
  '2022-12-27', // Tue Christmas Day (substitute day)
  // 2023
  '2023-01-02', // Mon New Year's Day
  '2023-04-07', // Fri Good Friday
  '2023-04-10', // Mon Easter Monday
  '2023-05-01', // Mon Early May bank holiday
  '2023-05-08', // Mon Coronation of King Charles III
  '2023-05-29', // Mon Spring bank holiday
  '2023-08-28', // Mon Summer bank holiday
  '2023-12-25', // Mon Christmas Day
  '2023-12-26', // Tue Boxing Day
  // 2024
  '2024-01-01', // Mon New Year's Day
  '2024-03-29', // Fri Good Friday
  '2024-04-01', // Mon Easter Monday
  '2024-05-06', // Mon Early May bank holiday
  '2024-05-27', // Mon Spring bank holiday
  '2024-08-26', // Mon Summer bank holiday
  '2024-12-25', // Wed Christmas Day
  '2024-12-26', // Thu Boxing Day
  // 2025
  '2025-01-01', // Wed New Year's Day
  '2025-04-18', // Fri Good Friday
  '2025-04-21', // Mon Easter Monday
  '2025-05-05', // Mon Early May bank holiday
  '2025-05-26', // Mon Spring bank holiday
  '2025-08-25', // Mon Summer bank holiday
  '2025-12-25', // Thu Christmas Day
  '2025-12-26', // Fri Boxing Day
  // 2026
  '2026-01-01', // Thu New Year's Day
  '2026-04-03', // Fri Good Friday
  '2026-04-06', // Mon Easter Monday
  '2026-05-04', // Mon Early May bank holiday
  '2026-05-25', // Mon Spring bank holiday
  '2026-08-31', // Mon Summer bank holiday
  '2026-12-25', // Fri Christmas Day
  '2026-12-28', // Mon Boxing Day (substitute day)
  // 2027
  '2027-01-01', // Fri New Year's Day
  '2027-03-26', // Fri Good Friday
  '2027-03-29', // Mon Easter Monday
  '2027-05-03', // Mon Early May bank holiday
  '2027-05-31', // Mon Spring bank holiday
  '2027-08-30', // Mon Summer bank holiday
  '2027-12-27', // Mon Christmas Day (substitute day)
  '2027-12-28', // Tue Boxing Day (substitute day)
  // 2028
  '2028-01-03', // Mon New Year's Day
  '2028-04-14', // Fri Good Friday
  '2028-04-17', // Mon Easter Monday
  '2028-05-01', // Mon Early May bank holiday
  '2028-05-29', // Mon Spring bank holiday
  '2028-08-28', // Mon Summer bank holiday
  '2028-12-25', // Mon Christmas Day
  '2028-12-26', // Tue Boxing Day
  // 2029
  '2029-01-01', // Mon New Year's Day
  '2029-03-30', // Fri Good Friday
  '2029-04-02', // Mon Easter Monday
  '2029-05-07', // Mon Early May bank holiday
  '2029-05-28', // Mon Spring bank holiday
  '2029-08-27', // Mon Summer bank holiday
  '2029-12-25', // Tue Christmas Day
  '2029-12-26', // Wed Boxing Day
  // 2030
  '2030-01-01', // Tue New Year's Day
  '2030-04-19', // Fri Good Friday
  '2030-04-22', // Mon Easter Monday
  '2030-05-06', // Mon Early May bank holiday
  '2030-05-27', // Mon Spring bank holiday
  '2030-08-26', // Mon Summer bank holiday
  '2030-12-25', // Wed Christmas Day
  '2030-12-26', // Thu Boxing Day
  // 2031
  '2031-01-01', // Wed New Year's Day
  '2031-04-11', // Fri Good Friday
  '2031-04-14', // Mon Easter Monday
  '2031-05-05', // Mon Early May bank holiday
  '2031-05-26', // Mon Spring bank holiday
  '2031-08-25', // Mon Summer bank holiday
  '2031-12-25', // Thu Christmas Day
  '2031-12-26', // Fri Boxing Day
  // 2032
  '2032-01-01', // Thu New Year's Day
  '2032-03-26', // Fri Good Friday
  '2032-03-29', // Mon Easter Monday
  '2032-05-03', // Mon Early May bank holiday
  '2032-05-31', // Mon Spring bank holiday
  '2032-08-30', // Mon Summer bank holiday
  '2032-12-27', // Mon Christmas Day (substitute day)
  '2032-12-28', // Tue Boxing Day (substitute day)
  // 2033
  '2033-01-03', // Mon New Year's Day
  '2033-04-15', // Fri Good Friday
  '2033-04-18', // Mon Easter Monday
  '2033-05-02', // Mon Early May bank holiday
  '2033-05-30', // Mon Spring bank holiday
  '2033-08-29', // Mon Summer bank holiday
  '2033-12-26', // Mon Boxing Day
  '2033-12-27', // Tue Christmas Day (substitute day)
  // 2034
  '2034-01-02', // Mon New Year's Day
  '2034-04-07', // Fri Good Friday
  '2034-04-10', // Mon Easter Monday
  '2034-05-01', // Mon Early May bank holiday
  '2034-05-29', // Mon Spring bank holiday
  '2034-08-28', // Mon Summer bank holiday
  '2034-12-25', // Mon Christmas Day
  '2034-12-26', // Tue Boxing Day
  // 2035
  '2035-01-01', // Mon New Year's Day
  '2035-03-23', // Fri Good Friday
  '2035-03-26', // Mon Easter Monday
  '2035-05-07', // Mon Early May bank holiday
  '2035-05-28', // Mon Spring bank holiday
  '2035-08-27', // Mon Summer bank holiday
  '2035-12-25', // Tue Christmas Day
  '2035-12-26', // Wed Boxing Day
]);

const BANK_HOLIDAY_SET: ReadonlySet<string> = new Set(BANK_HOLIDAYS);

/** True when `date` has bank-holiday data (its year is 2000-2035). */
export function hasBankHolidayData(date: string): boolean {
  assertIsoDate(date);
  const year = Number(date.slice(0, 4));
  return year >= BANK_HOLIDAYS_FIRST_YEAR && year <= BANK_HOLIDAYS_LAST_YEAR;
}

/** Throws a `BankHolidayRangeError` unless the date's year is 2000-2035. */
export function assertBankHolidayData(date: string): void {
  if (!hasBankHolidayData(date)) throw new BankHolidayRangeError(date);
}

/**
 * True when `date` is a bank holiday in England and Wales (including substitute days). Throws a
 * `BankHolidayRangeError` for dates outside 2000-2035.
 */
export function isBankHoliday(date: string): boolean {
  assertBankHolidayData(date);
  return BANK_HOLIDAY_SET.has(date);
}

/** The bank holidays of one year, 2000-2035, in date order. */
export function bankHolidaysIn(year: number): string[] {
  if (!Number.isInteger(year) || year < BANK_HOLIDAYS_FIRST_YEAR || year > BANK_HOLIDAYS_LAST_YEAR) {
    throw new BankHolidayRangeError(String(year));
  }
  const prefix = `${year}-`;
  return BANK_HOLIDAYS.filter((date) => date.startsWith(prefix));
}
