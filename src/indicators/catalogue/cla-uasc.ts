import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { isUascAt, childrenLookedAfterAt } from './cla.ts';

/** Children of `cla` who are UASC at `end`: `uascSince <= end` and (`uascCeased` empty or after `end`). */
export const claUasc = defineIndicator({
  id: 'cla_uasc',
  title: 'Unaccompanied asylum-seeking children looked after',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'Children looked after at `end` who are unaccompanied asylum-seeking children at `end`.',
  facts: [
    ['care_start', 'Care start'],
    ['uasc_since', 'UASC since'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end))
      if (isUascAt(c, period.end))
        out.add(
          out.listing && member(c, { care_start: care.start, uasc_since: c.uascSince }, care.episode.id),
        );
    return { kind: 'count' };
  },
});
