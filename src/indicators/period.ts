import { addCalendarMonths, fyStart, monthEnd } from '../domain/dates.ts';

/** A reporting month: `start` its first day, `end` its last (the as-at date), `fytdStart` 1 April before. */
export interface Period {
  id: string;
  start: string;
  end: string;
  fytdStart: string;
}

/** The month containing a date, as a reporting period. */
export function monthOf(date: string): Period {
  const start = `${date.slice(0, 7)}-01`;
  return { id: date.slice(0, 7), start, end: monthEnd(start), fytdStart: fyStart(start) };
}

/** The `count` months ending with the month containing `asAt`, oldest first. */
export function monthsEnding(asAt: string, count: number): Period[] {
  const last = `${asAt.slice(0, 7)}-01`;
  return Array.from({ length: count }, (_, i) => monthOf(addCalendarMonths(last, i - count + 1)));
}

/** 'YYYY-MM' as a period, or null when it is not a real month. */
export function parsePeriod(id: string): Period | null {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(id) ? monthOf(`${id}-01`) : null;
}

/** A period ending on a given day, for reports "as at" a date (the weekly caseload report). */
export function asAtPeriod(date: string): Period {
  const month = monthOf(date);
  return { ...month, end: date };
}
