import { childrenOverlapping } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import { formerRelevant19To21, latestContact } from './care-leavers-in-touch-pct.ts';

const givesActivity = (contact: { activity: string | null }) => contact.activity !== null;

/**
 * The cohort of `care_leavers_in_touch_pct`. The activity is the latest recorded on or before `end` (the
 * latest contact that gives one). In education, employment or training when the SSDA903 ACTIV code is
 * full-time (F1, F2, F4, F5) or part-time (P1, P2, P4, P5); G4, G5, G6 (not in EET), '0' (not known) or
 * nothing recorded are not.
 */
export const careLeaversEetPct = defineIndicator({
  id: 'care_leavers_eet_pct',
  title: 'Care leavers aged 19-21 in education, employment or training',
  unit: 'percent',
  polarity: 'up',
  section: 'Care leavers',
  definition: 'The same cohort, in education, employment or training.',
  facts: [
    ['age', 'Age at end'],
    ['recorded', 'Recorded on'],
    ['activity', 'Activity'],
  ],
  measure(model, period, out) {
    const end = period.end;
    for (const c of childrenOverlapping(model, 'careLeaver', end, end, 'start', 'end')) {
      const cohort = formerRelevant19To21(c, end);
      if (!cohort) continue;
      const latest = latestContact(c, end, givesActivity);
      const activity = latest?.activity ?? null;
      out.add(
        out.listing &&
          member(c, { age: cohort.age, recorded: latest?.date ?? null, activity }, cohort.status.id),
        activity !== null && /^[FP][1245]$/.test(activity),
      );
    }
    return { kind: 'percent' };
  },
});
