import { childrenOverlapping } from '../candidates.ts';
import { LEAD_AGENCY } from '../../domain/local-codes.ts';
import { codeLabel, member, openAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';

/** The child's early help episode open at `date`: the latest started, should two overlap. */
export function earlyHelpAt(child: ChildJourney, date: string) {
  let latest: ChildJourney['earlyHelp'][number] | undefined;
  for (const e of child.earlyHelp)
    if (openAt(e.start, e.end, date) && (latest === undefined || e.start > latest.start)) latest = e;
  return latest;
}

/**
 * One member per child with an early help episode open at `end` (an episode ending on `end` is not open),
 * whatever else is open for them: a child open to both early help and social care counts here.
 */
export const earlyHelpOpen = defineIndicator({
  id: 'early_help_open',
  title: 'Children open to early help',
  unit: 'number',
  polarity: 'none',
  section: 'Early help',
  definition: 'Children with an open early help episode at `end`.',
  facts: [
    ['start', 'Start'],
    ['lead_agency', 'Lead professional’s agency'],
  ],
  measure(model, period, out) {
    for (const c of childrenOverlapping(model, 'earlyHelp', period.end, period.end, 'start', 'end')) {
      const episode = earlyHelpAt(c, period.end);
      if (episode)
        out.add(
          out.listing &&
            member(
              c,
              { start: episode.start, lead_agency: codeLabel(LEAD_AGENCY, episode.leadAgency) },
              episode.id,
            ),
        );
    }
    return { kind: 'count' };
  },
});
