import { eachWithin } from '../candidates.ts';
import { member, populationAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * Assessment records authorised from 1 April of the financial year containing the month to its last day, per
 * 10,000 of the population held for the calendar year of `end`. Assessments started but not yet authorised do
 * not count. Not annualised.
 */
export const assessmentsRateFytd = defineIndicator({
  id: 'assessments_rate_fytd',
  title: 'Assessments per 10,000, financial year to date',
  unit: 'rate',
  polarity: 'none',
  section: 'Assessment',
  definition: 'Assessments authorised FYTD per 10,000.',
  facts: [
    ['start', 'Start'],
    ['authorised', 'Authorised'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'assessments', 'authorised', period.fytdStart, period.end, (c, a) =>
      out.add(out.listing && member(c, { start: a.start, authorised: a.authorised }, a.id)),
    );
    return { kind: 'rate', population: populationAt(model, period.end) };
  },
});
