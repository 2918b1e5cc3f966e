import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { childrenLookedAfterAt } from './cla.ts';

const PLACED_FOR_ADOPTION = new Set(['A3', 'A4', 'A5', 'A6']);

/** Children of `cla` whose episode open at `end` has placement A3, A4, A5 or A6. */
export const claPlacedForAdoption = defineIndicator({
  id: 'cla_placed_for_adoption',
  title: 'Children looked after placed for adoption',
  unit: 'number',
  polarity: 'none',
  section: 'Children looked after',
  definition: 'Children looked after at `end` in placement A3, A4, A5 or A6.',
  facts: [
    ['care_start', 'Care start'],
    ['placement', 'Placement'],
  ],
  measure(model, period, out) {
    for (const { child: c, value: care } of childrenLookedAfterAt(model, period.end))
      if (PLACED_FOR_ADOPTION.has(care.episode.placement))
        out.add(
          out.listing &&
            member(c, { care_start: care.start, placement: care.episode.placement }, care.episode.id),
        );
    return { kind: 'count' };
  },
});
