import { childrenWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { firstCareStartIn } from './cla.ts';

/**
 * One member per child whose counted care began in the month: an episode with RNE S dated in the month that
 * is not a short break (V3, V4). A period of care made only of short breaks is not a start. Where a period
 * began as short breaks and then changed to another legal status (an L, T or U episode joined by X1), the
 * child starts to be looked after, as the DfE counts them, on that episode's date (see cla.ts). A child who
 * starts twice in the month (care ended and began again) is counted once, with the first start.
 */
export const claStarted = defineIndicator({
  id: 'cla_started',
  title: 'Children starting to be looked after',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'Children starting a new period of care in the month.',
  facts: [
    ['care_start', 'Care start'],
    ['rne', 'Reason for new episode'],
    ['legal_status', 'Legal status'],
    ['placement', 'Placement'],
  ],
  measure(model, period, out) {
    for (const c of childrenWithin(model, 'episodes', 'start', period.start, period.end)) {
      const episode = firstCareStartIn(c, period.start, period.end);
      if (episode)
        out.add(
          out.listing &&
            member(
              c,
              {
                care_start: episode.start,
                rne: episode.rne,
                legal_status: episode.legalStatus,
                placement: episode.placement,
              },
              episode.id,
            ),
        );
    }
    return { kind: 'count' };
  },
});
