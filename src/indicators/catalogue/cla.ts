import { childrenWithAt } from '../candidates.ts';
import { isShortBreak as isShortBreakStatus } from '../../domain/codes.ts';
import {
  inRange,
  lookedAfterEpisode,
  member,
  openAt,
  periodOfCareStart,
  previousEpisode,
} from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';

type Episode = ChildJourney['episodes'][number];

/** A child's looked-after episode open at a date, and the start of the care it belongs to. */
export interface LookedAfter {
  episode: Episode;
  start: string;
}

/*
 * Shared by the looked-after indicators (they import these from here).
 *
 * Short breaks. A child is looked after at D when an episode that is not a short break (V3, V4) is open
 * at D (`lookedAfterEpisode`). The care a child is counted for begins with the first episode of the run
 * that is not a short break: normally the episode with RNE S. Where a period of care began as a series of
 * short breaks and later changed legal status (an L, T or U episode joined by X1 to a V3/V4 one), the
 * child starts to be counted as looked after on that later episode's start, which is then the start of
 * their care for every clock (reviews, visits, health, permanence, supervision; `periodOfCareStart` in
 * conventions.ts is the one definition). A period of care made only of short breaks never counts: it is not
 * a start, not an end, and its episodes are not placements. So the stock and the flows agree (cla at the end
 * of last month + cla_started - cla_ceased = cla at the end of this month), except in the rare period that
 * changes from another legal status to short breaks, which leaves the count on the day of that change
 * without an end being counted.
 */

export function isShortBreak(episode: Episode): boolean {
  return isShortBreakStatus(episode.legalStatus);
}

/** True when the episode is where counted care begins: RNE S, or the first episode after short breaks. */
export function beginsCare(child: ChildJourney, episode: Episode): boolean {
  if (isShortBreak(episode)) return false;
  if (episode.rne === 'S') return true;
  const previous = previousEpisode(child, episode);
  return previous !== undefined && isShortBreak(previous);
}

/** The child's first start (by date) of counted care dated from `from` to `to`, if any. */
export function firstCareStartIn(child: ChildJourney, from: string, to: string): Episode | undefined {
  let first: Episode | undefined;
  for (const e of child.episodes)
    if (inRange(e.start, from, to) && (first === undefined || e.start < first.start) && beginsCare(child, e))
      first = e;
  return first;
}

/** The child's looked-after episode open at D and the start of their care, if they are looked after at D. */
export function lookedAfterAt(child: ChildJourney, date: string): LookedAfter | undefined {
  const episode = lookedAfterEpisode(child, date);
  return episode ? { episode, start: periodOfCareStart(child, episode) } : undefined;
}

/**
 * The children looked after at D, each with `lookedAfterAt`'s answer, in the model's order: worked out once per
 * model and date and shared by the looked-after indicators of a period (no caller may change the list).
 */
export function childrenLookedAfterAt(model: JourneyModel, date: string) {
  return childrenWithAt(model, 'looked after', 'episodes', date, (child) => lookedAfterAt(child, date));
}

/** Unaccompanied asylum-seeking at D: `uascSince <= D` and (`uascCeased` empty or after D). */
export function isUascAt(child: ChildJourney, date: string): boolean {
  return child.uascSince !== null && openAt(child.uascSince, child.uascCeased, date);
}

/** One member per child looked after at `end`, with the start of care, legal status and placement. */
export const cla = defineIndicator({
  id: 'cla',
  title: 'Children looked after',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'Children looked after at `end`.',
  facts: [
    ['care_start', 'Care start'],
    ['legal_status', 'Legal status'],
    ['placement', 'Placement'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end)) {
      const { episode, start } = care;
      out.add(
        out.listing &&
          member(
            c,
            { care_start: start, legal_status: episode.legalStatus, placement: episode.placement },
            episode.id,
          ),
      );
    }
    return { kind: 'count' };
  },
});
