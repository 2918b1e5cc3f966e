import { childrenWithin } from '../candidates.ts';
import { inRange, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One denominator member per referral dated in the month; in the numerator when the referral itself carries
 * the no-further-action flag. A referral closed later after assessment (RC8) is not "no further action at
 * referral": it is counted by assessments_nfa_pct instead.
 */
export const referralsNfaPct = defineIndicator({
  id: 'referrals_nfa_pct',
  title: 'Referrals with no further action',
  unit: 'percent',
  polarity: 'down',
  section: 'Front door and referrals',
  definition: 'Of referrals in the month, those marked no further action at referral.',
  facts: [
    ['referral_date', 'Referral date'],
    ['nfa', 'No further action at referral'],
  ],
  measure(model, period, out) {
    for (const c of childrenWithin(model, 'referrals', 'date', period.start, period.end))
      for (const r of c.referrals)
        if (inRange(r.date, period.start, period.end))
          out.add(out.listing && member(c, { referral_date: r.date, nfa: r.nfa }, r.id), r.nfa);
    return { kind: 'percent' };
  },
});
