import { childrenWithin } from '../candidates.ts';
import { inRange, member, monthsAfter } from '../conventions.ts';
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
  compute(model, period) {
    return {
      kind: 'percent',
      members: childrenWithin(model, 'cpPlans', 'end', period.fytdStart, period.end).flatMap((c) =>
        c.cpPlans
          .filter((p) => inRange(p.end, period.fytdStart, period.end))
          .map((p) => {
            const twoYears = monthsAfter(p.start, 24);
            return {
              ...member(c, { plan_start: p.start, two_years_on: twoYears, plan_end: p.end }, p.id),
              inNumerator: p.end! >= twoYears,
            };
          }),
      ),
    };
  },
});
