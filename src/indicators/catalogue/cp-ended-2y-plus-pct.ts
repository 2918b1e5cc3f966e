import { eachWithin } from '../candidates.ts';
import { member, monthsAfter } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One member per plan ending from `fytdStart` to `end`. "Lasted two years or more" uses the catalogue's month
 * arithmetic: the plan ended on or after its start plus 24 months (clamped to the month's end), so a plan from
 * 29 February 2024 has lasted two years on 28 February 2026.
 */
export const cpEnded2yPlusPct = defineIndicator({
  id: 'cp_ended_2y_plus_pct',
  title: 'Child protection plans ending that lasted two years or more (FYTD)',
  unit: 'percent',
  polarity: 'down',
  section: 'Child protection',
  definition: 'Of CP plans ending FYTD, those that had lasted two years or more.',
  facts: [
    ['plan_start', 'Plan start'],
    ['two_years_on', 'Two years on'],
    ['plan_end', 'Plan end'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'cpPlans', 'end', period.fytdStart, period.end, (c, p) => {
      const twoYears = monthsAfter(p.start, 24);
      out.add(
        out.listing && member(c, { plan_start: p.start, two_years_on: twoYears, plan_end: p.end }, p.id),
        p.end >= twoYears,
      );
    });
    return { kind: 'percent' };
  },
});
