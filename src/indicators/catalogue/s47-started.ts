import { eachWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per section 47 enquiry (a record count: a child with two enquiries in the month counts twice).
 * The enquiry's start is the date of the strategy discussion that began it (s47_enquiry.start_date).
 */
export const s47Started = defineIndicator({
  id: 's47_started',
  title: 'Section 47 enquiries started',
  unit: 'number',
  polarity: 'none',
  section: 'Child protection',
  definition: 'Section 47 enquiries started (date of the strategy discussion that began them) in the month.',
  facts: [['s47_start', 'Started (strategy discussion)']],
  measure(model, period, out) {
    eachWithin(model, 's47s', 'start', period.start, period.end, (c, s) =>
      out.add(out.listing && member(c, { s47_start: s.start }, s.id)),
    );
    return { kind: 'count' };
  },
});
