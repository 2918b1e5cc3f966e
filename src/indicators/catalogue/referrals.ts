import { eachWithin } from '../candidates.ts';
import { member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

export const referrals = defineIndicator({
  id: 'referrals',
  title: 'Referrals',
  unit: 'number',
  polarity: 'none',
  section: 'Front door and referrals',
  definition: 'Referrals (social care episodes) with a referral date in the month.',
  facts: [['referral_date', 'Referral date']],
  measure(model, period, out) {
    eachWithin(model, 'referrals', 'date', period.start, period.end, (c, r) =>
      out.add(out.listing && member(c, { referral_date: r.date }, r.id)),
    );
    return { kind: 'count' };
  },
});
