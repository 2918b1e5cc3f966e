import { childrenOverlapping } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { formerRelevant19To21, latestContact } from './care-leavers-in-touch-pct.ts';

const givesAccommodation = (contact: { accommodation: string | null }) => contact.accommodation !== null;

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
  measure(model, period, out) {
    const end = period.end;
    for (const c of childrenOverlapping(model, 'careLeaver', end, end, 'start', 'end')) {
      const cohort = formerRelevant19To21(c, end);
      if (!cohort) continue;
      const latest = latestContact(c, end, givesAccommodation);
      const accommodation = latest?.accommodation ?? null;
      out.add(
        out.listing &&
          member(c, { age: cohort.age, recorded: latest?.date ?? null, accommodation }, cohort.status.id),
        accommodation !== null && /^[A-Z]1$/.test(accommodation),
      );
    }
    return { kind: 'percent' };
  },
});
