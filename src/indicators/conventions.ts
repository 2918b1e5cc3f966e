/**
 * The catalogue's conventions (shared/domain/indicators.md, "Conventions"), once, for every indicator.
 */
import { describeCode, isShortBreak, type CodeList } from '../domain/codes.ts';
import { addCalendarMonths, addDays } from '../domain/dates.ts';
import { workingDaysBetween } from '../domain/working-days.ts';
import type { ChildJourney, JourneyModel } from './model.ts';
import type { Member } from './indicator.ts';

/** Open at D: start <= D and (no end, or end > D). A plan ending on D is not open at D. */
export function openAt(start: string, end: string | null, date: string): boolean {
  return start <= date && (end === null || end > date);
}

/** wd(a, b): working days d with a < d <= b. */
export function wd(a: string, b: string): number {
  return workingDaysBetween(a, b);
}

/** "N months after a date", clamped to the month's last day. */
export function monthsAfter(date: string, months: number): string {
  return addCalendarMonths(date, months);
}

/** The first day of "the 12 months to D": the window is after D minus 12 months, up to and including D. */
export function twelveMonthsBefore(date: string): string {
  return addCalendarMonths(date, -12);
}

export function inRange(date: string | null, from: string, to: string): date is string {
  return date !== null && date >= from && date <= to;
}

/** The population for a period: the estimate for the calendar year of `end`, or the latest earlier year held. */
export function populationAt(model: JourneyModel, end: string): number | null {
  const year = Number(end.slice(0, 4));
  let best: number | null = null;
  let bestYear = -Infinity;
  for (const [y, population] of model.population) {
    if (y <= year && y > bestYear) {
      best = population;
      bestYear = y;
    }
  }
  return best;
}

/** The child's episode open at D that counts as looked after, if any: short breaks (V3, V4) do not, as in the DfE's figures. */
export function lookedAfterEpisode(child: ChildJourney, date: string) {
  for (const e of child.episodes) if (openAt(e.start, e.end, date) && !isShortBreak(e.legalStatus)) return e;
  return undefined;
}

/** The episode an episode follows on from in its period of care: the one ending the day it starts with X1. */
export function previousEpisode(
  child: ChildJourney,
  episode: ChildJourney['episodes'][number],
): ChildJourney['episodes'][number] | undefined {
  for (const e of child.episodes)
    if (e !== episode && e.end === episode.start && e.reasonEnd === 'X1') return e;
  return undefined;
}

/**
 * The start of the care an episode belongs to, as the catalogue counts children looked after: back along
 * episodes joined end to start with X1 to the episode with RNE S, stopping before a short break (V3, V4). Where
 * a period of care began as a series of short breaks and then changed legal status, the child is counted as
 * looked after from that change, which is the start of their care for every looked-after figure (see cla.ts).
 */
export function periodOfCareStart(child: ChildJourney, episode: ChildJourney['episodes'][number]): string {
  let current = episode;
  // Bounded by the number of episodes, so a malformed chain (an episode ending the day it starts) cannot loop.
  for (let i = 0; i <= child.episodes.length; i++) {
    if (current.rne === 'S') return current.start;
    const previous = previousEpisode(child, current);
    if (!previous || isShortBreak(previous.legalStatus)) return current.start;
    current = previous;
  }
  return current.start;
}

/** The team the child is allocated to at D, if any. */
export function allocatedTeam(model: JourneyModel, child: ChildJourney, date: string) {
  for (const a of child.allocations) if (openAt(a.start, a.end, date)) return model.teams.get(a.teamId);
  return undefined;
}

/** The latest of some ascending dates on or before `date`, or null when none is. */
export function latestOnOrBefore(dates: readonly string[], date: string): string | null {
  // upperBound's binary search written out for strings, so that this path, which the visit indicators take
  // for every child, compares only strings (upperBound also searches the candidate indexes' day numbers).
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! <= date) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : dates[low - 1]!;
}

/** The first position of some ascending values holding one after `value` (their length when none is). */
export function upperBound<T extends number | string>(values: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as T) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A code as a drill-down shows it: its description, or the code itself when the list has none; null stays null. */
export function codeLabel(list: CodeList, code: string): string;
export function codeLabel(list: CodeList, code: string | null): string | null;
export function codeLabel(list: CodeList, code: string | null): string | null {
  return code === null ? null : (describeCode(list, code) ?? code);
}

/** One member of a figure. Built without spreading: every figure of a large authority makes millions. */
export function member(child: ChildJourney, facts: Member['facts'], recordId?: string): Member {
  return recordId
    ? { personId: child.id, laChildId: child.laChildId, recordId, facts }
    : { personId: child.id, laChildId: child.laChildId, facts };
}

export { addDays };
