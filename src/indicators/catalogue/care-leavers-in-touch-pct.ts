import { childrenOverlapping } from '../candidates.ts';
import { addDays, member, openAt } from '../conventions.ts';
import { ageOn } from '../../domain/dates.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';

type Contact = ChildJourney['careLeaverContacts'][number];

/*
 * Shared by the three care-leaver percentages (they import these from here).
 *
 * The cohort: young people with a former relevant care-leaver status open at `end` who are 19, 20 or 21 on
 * `end` (`ageOn`: 19 from the 19th birthday, out on the 22nd; someone born on 29 February has their
 * birthday on 1 March in other years). A young person with no date of birth recorded is left out.
 */
export function formerRelevant19To21(
  child: ChildJourney,
  end: string,
): { status: ChildJourney['careLeaver'][number]; age: number } | undefined {
  const dob = child.dateOfBirth;
  if (dob === null || dob > end) return undefined;
  const age = ageOn(dob, end);
  if (age < 19 || age > 21) return undefined;
  const status = child.careLeaver.findLast(
    (s) => s.eligibility === 'former_relevant' && openAt(s.start, s.end, end),
  );
  return status ? { status, age } : undefined;
}

/**
 * The latest care-leaver contact by date on or before `end` that satisfies `test` (all contacts when omitted);
 * of several on that date, the last listed.
 */
export function latestContact(
  child: ChildJourney,
  end: string,
  test: (contact: Contact) => boolean = () => true,
): Contact | undefined {
  let latest: Contact | undefined;
  for (const x of child.careLeaverContacts)
    if (x.date <= end && (latest === undefined || x.date >= latest.date) && test(x)) latest = x;
  return latest;
}

/** IN_TOUCH codes that record the authority as out of touch (or the young person as having died). */
const OUT_OF_TOUCH = new Set(['NO', 'REFU', 'DIED']);

/**
 * The latest contact on or before `end` decides. In touch when it records IN_TOUCH YES ("recorded in touch",
 * however long ago), or when it is dated within 8 weeks (56 days) before `end` (on or after `end` minus 56
 * days) and does not record the authority as out of touch: a contact whose own record says NO, REFU or DIED
 * is not contact with the young person, while NREQ and RHOM recorded within 8 weeks are. No contact at all
 * is not in touch.
 */
export const careLeaversInTouchPct = defineIndicator({
  id: 'care_leavers_in_touch_pct',
  title: 'Care leavers aged 19-21 in touch',
  unit: 'percent',
  polarity: 'up',
  section: 'Care leavers',
  definition:
    'Of former relevant care leavers aged 19-21 at `end`, those the authority is in touch with (latest contact within 8 weeks before `end`, or recorded in touch).',
  facts: [
    ['age', 'Age at end'],
    ['latest_contact', 'Latest contact'],
    ['in_touch', 'Recorded in touch'],
  ],
  measure(model, period, out) {
    const end = period.end;
    const since = addDays(end, -56);
    for (const c of childrenOverlapping(model, 'careLeaver', end, end, 'start', 'end')) {
      const cohort = formerRelevant19To21(c, end);
      if (!cohort) continue;
      const latest = latestContact(c, end);
      out.add(
        out.listing &&
          member(
            c,
            { age: cohort.age, latest_contact: latest?.date ?? null, in_touch: latest?.inTouch ?? null },
            cohort.status.id,
          ),
        latest !== undefined &&
          (latest.inTouch === 'YES' || (latest.date >= since && !OUT_OF_TOUCH.has(latest.inTouch))),
      );
    }
    return { kind: 'percent' };
  },
});
