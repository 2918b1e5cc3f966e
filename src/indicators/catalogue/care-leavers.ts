import { childrenOverlapping } from '../candidates.ts';
import { member, openAt } from '../conventions.ts';
import { ageOn } from '../../domain/dates.ts';
import { defineIndicator } from '../indicator.ts';

const CARE_LEAVER = new Set(['eligible', 'relevant', 'former_relevant']);

/**
 * One member per young person with a care-leaver status open at `end` whose eligibility is eligible,
 * relevant or former relevant (qualifying care leavers are not counted). Where two are open, the later
 * started gives the facts. A status ending on `end` is not open at `end`.
 */
export const careLeavers = defineIndicator({
  id: 'care_leavers',
  title: 'Care leavers',
  unit: 'number',
  polarity: 'none',
  section: 'Care leavers',
  definition:
    'Young people with an open care-leaver status (eligible, relevant or former relevant) at `end`.',
  facts: [
    ['eligibility', 'Eligibility'],
    ['since', 'Since'],
    ['age', 'Age at end'],
  ],
  measure(model, period, out) {
    const end = period.end;
    for (const c of childrenOverlapping(model, 'careLeaver', end, end, 'start', 'end')) {
      let status: (typeof c.careLeaver)[number] | undefined;
      for (const s of c.careLeaver)
        if (CARE_LEAVER.has(s.eligibility) && openAt(s.start, s.end, end)) status = s;
      if (!status) continue;
      const dob = c.dateOfBirth;
      out.add(
        out.listing &&
          member(
            c,
            {
              eligibility: status.eligibility,
              since: status.start,
              age: dob !== null && dob <= end ? ageOn(dob, end) : null,
            },
            status.id,
          ),
      );
    }
    return { kind: 'count' };
  },
});
