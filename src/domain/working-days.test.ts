import { describe, it, expect } from 'vitest';
import { BankHolidayRangeError } from './bank-holidays.ts';
import { addDays, isWeekend } from './dates.ts';
import { addWorkingDays, isWithinWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.ts';

describe('isWorkingDay', () => {
  it('is Monday to Friday less bank holidays', () => {
    expect(isWorkingDay('2024-06-03')).toBe(true); // Monday
    expect(isWorkingDay('2024-06-07')).toBe(true); // Friday
    expect(isWorkingDay('2024-06-08')).toBe(false); // Saturday
    expect(isWorkingDay('2024-06-09')).toBe(false); // Sunday
    expect(isWorkingDay('2022-09-19')).toBe(false); // State Funeral
    expect(isWorkingDay('2022-09-20')).toBe(true);
    expect(isWorkingDay('2024-02-29')).toBe(true); // Thursday
  });

  it('refuses days without bank-holiday data', () => {
    expect(() => isWorkingDay('1999-12-31')).toThrow(BankHolidayRangeError);
    expect(() => isWorkingDay('2036-01-02')).toThrow(BankHolidayRangeError);
  });
});

describe('addWorkingDays', () => {
  it('counts forward through an ordinary week, the start day being day 0', () => {
    expect(addWorkingDays('2024-06-03', 0)).toBe('2024-06-03'); // Monday
    expect(addWorkingDays('2024-06-03', 1)).toBe('2024-06-04'); // Tuesday
    expect(addWorkingDays('2024-06-03', 4)).toBe('2024-06-07'); // Friday
    expect(addWorkingDays('2024-06-03', 5)).toBe('2024-06-10'); // next Monday
    expect(addWorkingDays('2024-06-07', 1)).toBe('2024-06-10'); // Friday + 1 = Monday
  });

  it('starts from a weekend', () => {
    expect(addWorkingDays('2024-06-08', 1)).toBe('2024-06-10'); // Saturday + 1 = Monday
    expect(addWorkingDays('2024-06-09', 1)).toBe('2024-06-10'); // Sunday + 1 = Monday
    expect(addWorkingDays('2024-06-09', 0)).toBe('2024-06-09');
  });

  it('starts from a bank holiday', () => {
    // Easter Monday 1 April 2024 + 1 = Tuesday 2 April.
    expect(addWorkingDays('2024-04-01', 1)).toBe('2024-04-02');
  });

  it('skips Easter', () => {
    // Thursday 28 March 2024; Good Friday 29 March, weekend, Easter Monday 1 April.
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
    // 4 March 2025 + 45: nine weeks would be Tuesday 6 May, but Good Friday 18 April, Easter Monday
    // 21 April and the early May bank holiday (5 May) push it three working days on, to Friday 9 May.
    expect(addWorkingDays('2025-03-04', 45)).toBe('2025-05-09');
  });

  it('skips Christmas and New Year', () => {
    // 2024: Christmas Wednesday, Boxing Day Thursday, New Year's Day Wednesday.
    expect(addWorkingDays('2024-12-23', 1)).toBe('2024-12-24');
    expect(addWorkingDays('2024-12-23', 2)).toBe('2024-12-27');
    expect(addWorkingDays('2024-12-23', 4)).toBe('2024-12-31');
    expect(addWorkingDays('2024-12-23', 5)).toBe('2025-01-02');
    // 2022: Christmas Sunday, so Monday 26 and Tuesday 27 December; New Year's Day Sunday, so Monday 2 January.
    expect(addWorkingDays('2022-12-23', 1)).toBe('2022-12-28');
    expect(addWorkingDays('2022-12-23', 4)).toBe('2023-01-03');
    // 2021: Christmas Saturday, so Monday 27 and Tuesday 28; New Year's Day Saturday, so Monday 3 January.
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29');
    expect(addWorkingDays('2021-12-24', 4)).toBe('2022-01-04');
    // 20 working days from Monday 11 December 2023: four weeks would be Monday 8 January 2024, and
    // 25 and 26 December and 1 January push it three working days on, to Thursday 11 January.
    expect(addWorkingDays('2023-12-11', 20)).toBe('2024-01-11');
  });

  it('skips the State Funeral of 19 September 2022', () => {
    expect(addWorkingDays('2022-09-16', 1)).toBe('2022-09-20'); // Friday + 1 = Tuesday
    // 15 working days from Wednesday 7 September: three weeks would be Wednesday 28 September.
    expect(addWorkingDays('2022-09-07', 15)).toBe('2022-09-29');
  });

  it('crosses 29 February and month ends', () => {
    expect(addWorkingDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addWorkingDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addWorkingDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addWorkingDays('2024-05-31', 1)).toBe('2024-06-03'); // Friday to Monday
    // Thursday 23 May 2024 + 3: Friday 24, (spring bank holiday Monday 27), Tuesday 28, Wednesday 29.
    expect(addWorkingDays('2024-05-23', 3)).toBe('2024-05-29');
    // 45 working days from Monday 8 January 2024 is exactly nine weeks, with no holiday: Monday 11 March.
    expect(addWorkingDays('2024-01-08', 45)).toBe('2024-03-11');
  });

  it('rejects negative or fractional counts', () => {
    expect(() => addWorkingDays('2024-06-03', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-06-03', 1.5)).toThrow(RangeError);
  });

  it('refuses to walk past the bank-holiday data', () => {
    // 25 December 2035 is a Tuesday; Friday 28 December + 1 = Monday 31 December; + 2 needs 2036.
    expect(addWorkingDays('2035-12-28', 1)).toBe('2035-12-31');
    expect(() => addWorkingDays('2035-12-28', 2)).toThrow(BankHolidayRangeError);
  });
});

describe('workingDaysBetween', () => {
  it('is 0 for the same day and does not count the start day', () => {
    expect(workingDaysBetween('2024-06-03', '2024-06-03')).toBe(0);
    expect(workingDaysBetween('2024-06-08', '2024-06-08')).toBe(0);
    expect(workingDaysBetween('2024-06-03', '2024-06-04')).toBe(1);
    expect(workingDaysBetween('2024-06-03', '2024-06-10')).toBe(5); // Tue, Wed, Thu, Fri, Mon
  });

  it('counts nothing for a weekend', () => {
    expect(workingDaysBetween('2024-06-07', '2024-06-08')).toBe(0); // Friday to Saturday
    expect(workingDaysBetween('2024-06-07', '2024-06-09')).toBe(0); // Friday to Sunday
    expect(workingDaysBetween('2024-06-07', '2024-06-10')).toBe(1); // Friday to Monday
    expect(workingDaysBetween('2024-06-08', '2024-06-10')).toBe(1); // Saturday to Monday
  });

  it('leaves out Easter', () => {
    expect(workingDaysBetween('2024-03-28', '2024-04-02')).toBe(1);
    // After Wednesday 27 March: Thu 28, (Good Friday, weekend, Easter Monday), Tue 2, Wed 3, Thu 4, Fri 5.
    expect(workingDaysBetween('2024-03-27', '2024-04-05')).toBe(5);
    expect(workingDaysBetween('2025-03-04', '2025-05-09')).toBe(45);
    expect(workingDaysBetween('2025-03-04', '2025-05-06')).toBe(42);
  });

  it('leaves out Christmas and New Year', () => {
    expect(workingDaysBetween('2024-12-23', '2025-01-02')).toBe(5);
    expect(workingDaysBetween('2022-12-23', '2023-01-03')).toBe(4);
    expect(workingDaysBetween('2023-12-11', '2024-01-11')).toBe(20);
    // A whole year: 2023 had 260 weekdays (Monday 2 January to Friday 29 December) and 9 bank holidays.
    expect(workingDaysBetween('2022-12-31', '2023-12-31')).toBe(251);
  });

  it('leaves out the State Funeral', () => {
    // After Friday 16 September 2022: (Monday 19), Tue 20, Wed 21, Thu 22, Fri 23.
    expect(workingDaysBetween('2022-09-16', '2022-09-23')).toBe(4);
  });

  it('crosses 29 February and month ends', () => {
    // After Wednesday 28 February 2024: Thu 29, Fri 1 March, (weekend), Mon 4.
    expect(workingDaysBetween('2024-02-28', '2024-03-04')).toBe(3);
    // After Tuesday 28 February 2023: Wed 1, Thu 2, Fri 3 March.
    expect(workingDaysBetween('2023-02-28', '2023-03-03')).toBe(3);
    expect(workingDaysBetween('2024-01-08', '2024-03-11')).toBe(45);
    expect(workingDaysBetween('2024-01-08', '2024-03-12')).toBe(46);
  });

  it('needs data only for the days it counts', () => {
    // 31 December 1999 is the start, not counted: Sat 1, Sun 2, (New Year's Day Monday 3), Tuesday 4.
    expect(workingDaysBetween('1999-12-31', '2000-01-04')).toBe(1);
    expect(() => workingDaysBetween('1999-12-30', '2000-01-04')).toThrow(BankHolidayRangeError);
    expect(() => workingDaysBetween('2035-12-28', '2036-01-02')).toThrow(BankHolidayRangeError);
  });

  it('throws when the end is before the start', () => {
    expect(() => workingDaysBetween('2024-03-02', '2024-03-01')).toThrow(/before the start/);
  });

  it('agrees with addWorkingDays and with counting day by day', () => {
    let date = '2021-11-01';
    for (let i = 0; i < 200; i += 1) {
      let expected = 0;
      let day = date;
      for (let k = 0; k < 40; k += 1) {
        day = addDays(day, 1);
        if (!isWeekend(day) && isWorkingDay(day)) expected += 1;
        expect(workingDaysBetween(date, day)).toBe(expected);
      }
      expect(workingDaysBetween(date, addWorkingDays(date, 20))).toBe(20);
      date = addDays(date, 3);
    }
  });
});

describe('isWithinWorkingDays', () => {
  it('applies wd(start, date) <= N', () => {
    expect(isWithinWorkingDays('2024-01-08', '2024-03-11', 45)).toBe(true);
    expect(isWithinWorkingDays('2024-01-08', '2024-03-12', 45)).toBe(false);
    expect(isWithinWorkingDays('2024-01-08', '2024-01-08', 0)).toBe(true);
  });

  it('counts the weekend after a Friday due date as within time', () => {
    // Monday 3 June 2024 + 4 working days is due Friday 7 June.
    expect(isWithinWorkingDays('2024-06-03', '2024-06-08', 4)).toBe(true); // Saturday
    expect(isWithinWorkingDays('2024-06-03', '2024-06-10', 4)).toBe(false); // Monday
  });
});
