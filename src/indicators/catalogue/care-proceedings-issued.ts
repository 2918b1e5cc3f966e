import { childrenWithin } from '../candidates.ts';
import { inRange, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per child (the definition counts children): a child with two proceedings issued in the month
 * counts once, carrying the first. Siblings in the same application are counted each, as each child has a record.
 */
export const careProceedingsIssued = defineIndicator({
  id: 'care_proceedings_issued',
  title: 'Children for whom care proceedings were issued',
  unit: 'number',
  polarity: 'none',
  section: 'Management oversight and workforce',
  definition: 'Children for whom care proceedings were issued in the month.',
  facts: [['issued', 'Proceedings issued']],
  measure(model, period, out) {
    for (const c of childrenWithin(model, 'careProceedings', 'issued', period.start, period.end)) {
      let issued: (typeof c.careProceedings)[number] | undefined;
      for (const p of c.careProceedings)
        if (inRange(p.issued, period.start, period.end) && (!issued || p.issued < issued.issued)) issued = p;
      if (issued) out.add(out.listing && member(c, { issued: issued.issued }, issued.id));
    }
    return { kind: 'count' };
  },
});
