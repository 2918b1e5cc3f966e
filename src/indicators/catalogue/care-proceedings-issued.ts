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
  compute(model, period) {
    return {
      kind: 'count',
      members: childrenWithin(model, 'careProceedings', 'issued', period.start, period.end).flatMap((c) => {
        const issued = c.careProceedings
          .filter((p) => inRange(p.issued, period.start, period.end))
          .sort((a, b) => (a.issued < b.issued ? -1 : a.issued > b.issued ? 1 : 0))[0];
        return issued ? [member(c, { issued: issued.issued }, issued.id)] : [];
      }),
    };
  },
});
