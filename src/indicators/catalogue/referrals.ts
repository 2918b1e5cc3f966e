import { childrenWithin } from '../candidates.ts';
import { inRange, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

export const referrals = defineIndicator({
  id: 'referrals',
  title: 'Referrals',
  unit: 'number',
  polarity: 'none',
  section: 'Front door and referrals',
  definition: 'Referrals (social care episodes) with a referral date in the month.',
  facts: [['referral_date', 'Referral date']],
  compute(model, period) {
    return {
      kind: 'count',
      members: childrenWithin(model, 'referrals', 'date', period.start, period.end).flatMap((c) =>
        c.referrals
          .filter((r) => inRange(r.date, period.start, period.end))
          .map((r) => member(c, { referral_date: r.date }, r.id)),
      ),
    };
  },
});
