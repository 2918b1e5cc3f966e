import { childrenOverlapping } from '../candidates.ts';
import { member, openAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per child with a social care episode open at `end` (referral date on or before `end`, closure
 * empty or after `end`), whatever their age: the definition does not limit it to under-18s. A referral closed
 * on `end` itself, such as a no-further-action referral closed the day it is made, is not open. The member's
 * record is the earliest episode open at `end`.
 */
export const openCases = defineIndicator({
  id: 'open_cases',
  title: 'Children open to the service',
  unit: 'number',
  polarity: 'none',
  section: 'Front door and referrals',
  definition:
    'Children with an open social care episode (referral not closed) at `end`: "children open to the service".',
  facts: [['referral_date', 'Referral date']],
  measure(model, period, out) {
    for (const c of childrenOverlapping(model, 'referrals', period.end, period.end, 'date', 'closed')) {
      let open: (typeof c.referrals)[number] | undefined;
      for (const r of c.referrals)
        if (openAt(r.date, r.closed, period.end) && (!open || r.date < open.date)) open = r;
      if (open) out.add(out.listing && member(c, { referral_date: open.date }, open.id));
    }
    return { kind: 'count' };
  },
});
