import { member, openAt, twelveMonthsBefore } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';
import { beginsCare, isShortBreak, childrenLookedAfterAt } from './cla.ts';

const NEW_PLACEMENT = new Set(['S', 'P', 'T']);

/** An episode that starts a placement: RNE S, P or T, or the first one after short breaks (see cla.ts). */
function startsPlacement(child: ChildJourney, episode: ChildJourney['episodes'][number]): boolean {
  return !isShortBreak(episode) && (NEW_PLACEMENT.has(episode.rne) || beginsCare(child, episode));
}

/**
 * Denominator: every child of `cla`. The window is after `end` minus 12 months up to `end`; "the placement
 * open at the window's start" is the episode open at `end` minus 12 months by the open-at convention, so an
 * episode starting that day counts once, as the open one, and an episode ending that day with X1 gives way to
 * the one starting that day. To it are added the episodes starting in the window with RNE S, P or T. Short
 * breaks (V3, V4) are not placements, as they are not looked after for these counts; where care began after
 * short breaks with an L or U episode, that episode is the first placement of the care (see cla.ts).
 * Temporary placements (T0-T4) are counted like any other: the catalogue names the RNE codes only.
 */
export const cla3plusPlacementsPct = defineIndicator({
  id: 'cla_3plus_placements_pct',
  title: 'Children looked after with three or more placements in 12 months',
  unit: 'percent',
  polarity: 'down',
  section: 'Children looked after',
  definition:
    "Of children looked after at `end`, those with three or more placements in the 12 months to `end`: count the placement open at the window's start (if any) plus each episode starting in the window with reason for new episode S, P or T (B, U and L keep the same carers and are not new placements).",
  facts: [
    ['placement_at_window_start', 'Placement at window start'],
    ['new_placements', 'New placements in window'],
    ['placements', 'Placements'],
  ],
  measure(model, period, out) {
    const end = period.end;
    const windowStart = twelveMonthsBefore(end);
    for (const { child: c, value: care } of childrenLookedAfterAt(model, end)) {
      let open: (typeof c.episodes)[number] | undefined;
      let moves = 0;
      for (const e of c.episodes) {
        if (open === undefined && !isShortBreak(e) && openAt(e.start, e.end, windowStart)) open = e;
        if (e.start > windowStart && e.start <= end && startsPlacement(c, e)) moves++;
      }
      const placements = (open ? 1 : 0) + moves;
      out.add(
        out.listing &&
          member(
            c,
            {
              placement_at_window_start: open?.placement ?? null,
              new_placements: moves,
              placements,
            },
            care.episode.id,
          ),
        placements >= 3,
      );
    }
    return { kind: 'percent' };
  },
});
