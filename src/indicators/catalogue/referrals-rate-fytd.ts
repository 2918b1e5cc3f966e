import { childrenWithin } from '../candidates.ts';
import { inRange, member, populationAt } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * Referral records dated from 1 April of the financial year containing the month to its last day, per 10,000
 * of the population held for the calendar year of `end` (so January to March use the new calendar year's
 * estimate, as the Rates convention says). Not annualised.
 */
export const referralsRateFytd = defineIndicator({
  id: 'referrals_rate_fytd',
  title: 'Referrals per 10,000, financial year to date',
  unit: 'rate',
  polarity: 'none',
  section: 'Front door and referrals',
  definition: 'Referrals FYTD per 10,000.',
  facts: [['referral_date', 'Referral date']],
  measure(model, period, out) {
    for (const c of childrenWithin(model, 'referrals', 'date', period.fytdStart, period.end))
      for (const r of c.referrals)
        if (inRange(r.date, period.fytdStart, period.end))
          out.add(out.listing && member(c, { referral_date: r.date }, r.id));
    return { kind: 'rate', population: populationAt(model, period.end) };
  },
});
