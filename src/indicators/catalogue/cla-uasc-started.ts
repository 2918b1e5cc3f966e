import { childrenWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { firstCareStartIn, isUascAt } from './cla.ts';

/**
 * The children of `cla_started` who were unaccompanied asylum-seeking children on the day their care began
 * (`uascSince <= start` and `uascCeased` empty or after it): the status when they came into care decides, so
 * a UASC status recorded from a later day, or one that had already ceased, does not count.
 */
export const claUascStarted = defineIndicator({
  id: 'cla_uasc_started',
  title: 'Unaccompanied asylum-seeking children starting to be looked after',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'UASC starting a new period of care in the month.',
  facts: [
    ['care_start', 'Care start'],
    ['uasc_since', 'UASC since'],
  ],
  measure(model, period, out) {
    for (const c of childrenWithin(model, 'episodes', 'start', period.start, period.end)) {
      const episode = firstCareStartIn(c, period.start, period.end);
      if (episode && isUascAt(c, episode.start))
        out.add(out.listing && member(c, { care_start: episode.start, uasc_since: c.uascSince }, episode.id));
    }
    return { kind: 'count' };
  },
});
