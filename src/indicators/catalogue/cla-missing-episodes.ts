import { eachWithin } from '../candidates.ts';
import { lookedAfterEpisode, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per missing (M) or away (A) episode starting in the month of a child looked after on the day it
 * started (short breaks aside). Missing episodes of children who were not looked after that day are left out.
 */
export const claMissingEpisodes = defineIndicator({
  id: 'cla_missing_episodes',
  title: 'Missing and away episodes of children looked after',
  unit: 'number',
  polarity: 'down',
  section: 'Children looked after',
  definition: 'Missing or away-from-placement episodes of looked-after children starting in the month.',
  facts: [
    ['kind', 'Missing (M) or away (A)'],
    ['start', 'Start'],
    ['end', 'End'],
    ['placement', 'Placement'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'missing', 'start', period.start, period.end, (c, m) => {
      const episode = lookedAfterEpisode(c, m.start);
      if (episode)
        out.add(
          out.listing &&
            member(c, { kind: m.kind, start: m.start, end: m.end, placement: episode.placement }, m.id),
        );
    });
    return { kind: 'count' };
  },
});
