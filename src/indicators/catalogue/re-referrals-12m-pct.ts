import { eachWithin } from '../candidates.ts';
import { member, monthsAfter } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One denominator member per referral dated in the month. It is a re-referral when the child has another
 * referral dated on or after this one's date minus 12 months (clamped: 29 February 2024 minus 12 months is
 * 28 February 2023) and strictly before this one's date. The earlier referral counts whatever became of it
 * (including one marked no further action, or one still open). The window is inclusive at its start, as the
 * definition says, unlike "the 12 months to D" of the conventions.
 */
export const reReferrals12mPct = defineIndicator({
  id: 're_referrals_12m_pct',
  title: 'Re-referrals within 12 months',
  unit: 'percent',
  polarity: 'down',
  section: 'Front door and referrals',
  definition:
    "Of referrals in the month, those for a child who had an earlier referral dated on or after this referral's date minus 12 months (and before it).",
  facts: [
    ['referral_date', 'Referral date'],
    ['window_from', 'Earlier referral on or after'],
    ['previous_referral', 'Previous referral'],
  ],
  measure(model, period, out) {
    eachWithin(model, 'referrals', 'date', period.start, period.end, (c, r) => {
      const from = monthsAfter(r.date, -12);
      let previous: string | null = null;
      for (const p of c.referrals)
        if (p.date < r.date && (previous === null || p.date > previous)) previous = p.date;
      out.add(
        out.listing &&
          member(c, { referral_date: r.date, window_from: from, previous_referral: previous }, r.id),
        previous !== null && previous >= from,
      );
    });
    return { kind: 'percent' };
  },
});
