import { eachWithin } from '../candidates.ts';
import { member, wd } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';
import type { ChildJourney } from '../model.ts';

type Conference = ChildJourney['conferences'][number];

/**
 * The section 47 enquiry an initial conference followed: the one it is linked to, otherwise the child's latest
 * enquiry started on or before the conference (the clock icpc_15wd_from_strategy runs from the last one).
 */
export function enquiryOf(child: ChildJourney, conference: Conference) {
  if (conference.s47Id !== null) {
    for (const s of child.s47s) if (s.id === conference.s47Id) return s;
  }
  let latest: ChildJourney['s47s'][number] | undefined;
  for (const s of child.s47s) {
    if (s.start <= conference.date && (latest === undefined || s.start > latest.start)) latest = s;
  }
  return latest;
}

/**
 * One member per initial conference (kind 'initial', whatever its outcome) dated in the month.
 *
 * Readings chosen:
 * - The enquiry is the one the conference is linked to (cp_conference.s47_id); when the link is missing, the
 *   child's latest enquiry started on or before the conference date.
 * - A conference with no enquiry to time it from (none recorded, or the linked one starting after the
 *   conference) stays in the denominator and is not in time: it was held, and nothing shows it was timely.
 *   Its working days are shown as empty so the drill-down points to the data problem.
 */
export const icpc15wdPct = defineIndicator({
  id: 'icpc_15wd_pct',
  title: 'Initial child protection conferences within 15 working days',
  unit: 'percent',
  polarity: 'up',
  section: 'Child protection',
  definition:
    'Of initial child protection conferences held in the month, those with `wd(s47 start, icpc date) <= 15`.',
  facts: [
    ['s47_start', 'Section 47 start'],
    ['icpc_date', 'Initial conference'],
    ['working_days', 'Working days'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'conferences', 'date', period.start, period.end, (c, k) => {
      if (k.kind !== 'initial') return;
      const enquiry = enquiryOf(c, k);
      const days = enquiry && enquiry.start <= k.date ? wd(enquiry.start, k.date) : null;
      out.add(
        out.listing &&
          member(c, { s47_start: enquiry?.start ?? null, icpc_date: k.date, working_days: days }, k.id),
        days !== null && days <= 15,
      );
    });
    return { kind: 'percent' };
  },
});
