import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  ageOn as domainAgeOn,
  fromDayNumber,
  isWeekend as domainIsWeekend,
} from '../domain/dates.ts';
import { addWorkingDays as domainAddWorkingDays, workingDaysBetween } from '../domain/working-days.ts';
import { birthday as stepBirthday } from '../casework/steps/care-start.ts';
import { addMonths, addWorkingDays, ageOn, birthday, dayOf, isoOf, isWeekend, wd } from './calendar.ts';

/** Every 7th day from 2000 to 2034, and the awkward days around year ends and leap days. */
const DAYS: number[] = [];
for (let d = dayOf('2000-01-03'); d < dayOf('2034-12-01'); d += 7) DAYS.push(d);
for (const iso of ['2020-02-29', '2024-02-29', '2021-12-24', '2022-12-23', '2023-03-31', '2023-05-31'])
  DAYS.push(dayOf(iso));

describe('the generator’s calendar agrees with src/domain', () => {
  it('writes and reads dates the same way', () => {
    for (const d of DAYS) {
      expect(isoOf(d)).toBe(fromDayNumber(d));
      expect(dayOf(isoOf(d))).toBe(d);
      expect(isWeekend(d)).toBe(domainIsWeekend(isoOf(d)));
    }
  });

  it('counts working days as the catalogue does, bank holidays included', () => {
    for (const d of DAYS) {
      for (const n of [0, 1, 5, 10, 15, 20, 45]) {
        expect(isoOf(addWorkingDays(d, n))).toBe(domainAddWorkingDays(isoOf(d), n));
        expect(wd(d, d + n * 2)).toBe(workingDaysBetween(isoOf(d), isoOf(d + n * 2)));
      }
    }
    // Christmas 2022: 26 and 27 December were bank holidays.
    expect(isoOf(addWorkingDays(dayOf('2022-12-23'), 1))).toBe('2022-12-28');
  });

  it('adds calendar months, ages and birthdays as dates.ts and the care steps do', () => {
    for (const d of DAYS) {
      for (const m of [-12, -1, 1, 3, 6]) expect(isoOf(addMonths(d, m))).toBe(addCalendarMonths(isoOf(d), m));
      const dob = d - 6000;
      expect(ageOn(dob, d)).toBe(domainAgeOn(isoOf(dob), isoOf(d)));
      expect(isoOf(birthday(dob, 18))).toBe(stepBirthday(isoOf(dob), 18));
    }
    expect(isoOf(birthday(dayOf('2008-02-29'), 18))).toBe('2026-03-01');
  });
});
