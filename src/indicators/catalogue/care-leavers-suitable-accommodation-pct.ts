import { childrenOverlapping } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { formerRelevant19To21, latestContact } from './care-leavers-in-touch-pct.ts';

/**
 * The cohort of `care_leavers_in_touch_pct`. The accommodation is the latest recorded on or before `end` (the
 * latest contact that gives one). Suitable when the SSDA903 ACCOM code's suffix is 1 (B1, C1, …, Z1);
 * suffix 2, '0' (not known) or nothing recorded are not.
 */
export const careLeaversSuitableAccommodationPct = defineIndicator({
  id: 'care_leavers_suitable_accommodation_pct',
  title: 'Care leavers aged 19-21 in suitable accommodation',
  unit: 'percent',
  polarity: 'up',
  section: 'Care leavers',
  definition: 'The same cohort, in accommodation recorded as suitable.',
  facts: [
    ['age', 'Age at end'],
    ['recorded', 'Recorded on'],
    ['accommodation', 'Accommodation'],
  ],
  compute(model, period) {
    const end = period.end;
    return {
      kind: 'percent',
      members: childrenOverlapping(model, 'careLeaver', end, end, 'start', 'end').flatMap((c) => {
        const cohort = formerRelevant19To21(c, end);
        if (!cohort) return [];
        const latest = latestContact(c, end, (x) => x.accommodation !== null);
        const accommodation = latest?.accommodation ?? null;
        return [
          {
            ...member(
              c,
              { age: cohort.age, recorded: latest?.date ?? null, accommodation },
              cohort.status.id,
            ),
            inNumerator: accommodation !== null && /^[A-Z]1$/.test(accommodation),
          },
        ];
      }),
    };
  },
});
