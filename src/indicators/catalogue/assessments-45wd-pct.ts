import { eachWithin } from '../candidates.ts';
import { member, wd } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

export const assessments45wdPct = defineIndicator({
  id: 'assessments_45wd_pct',
  title: 'Assessments completed within 45 working days',
  unit: 'percent',
  polarity: 'up',
  section: 'Assessment',
  definition: 'Of assessments authorised in the month, those with `wd(start, authorised) <= 45`.',
  facts: [
    ['start', 'Start'],
    ['authorised', 'Authorised'],
    ['working_days', 'Working days'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'assessments', 'authorised', period.start, period.end, (c, a) => {
      const days = wd(a.start, a.authorised);
      out.add(
        out.listing && member(c, { start: a.start, authorised: a.authorised, working_days: days }, a.id),
        days <= 45,
      );
    });
    return { kind: 'percent' };
  },
});
