import { childrenWithin } from '../candidates.ts';
import { describeCode } from '../../domain/codes.ts';
import { CONTACT_DECISION } from '../../domain/local-codes.ts';
import { inRange, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

/**
 * One denominator member per contact dated in the month. Reading chosen: a contact with no screening decision
 * recorded yet stays in the denominator (it is a contact in the month) and is not in the numerator; a contact
 * passed to a MASH discussion counts as a referral only if its recorded decision is "referral".
 */
export const contactsToReferralPct = defineIndicator({
  id: 'contacts_to_referral_pct',
  title: 'Contacts leading to a referral',
  unit: 'percent',
  polarity: 'none',
  section: 'Front door and referrals',
  definition:
    "Of contacts in the month, those whose recorded decision was a referral to children's social care.",
  facts: [
    ['contact_date', 'Contact date'],
    ['decision', 'Decision'],
  ],
  compute(model, period) {
    return {
      kind: 'percent',
      members: childrenWithin(model, 'contacts', 'date', period.start, period.end).flatMap((c) =>
        c.contacts
          .filter((x) => inRange(x.date, period.start, period.end))
          .map((x) => ({
            ...member(
              c,
              {
                contact_date: x.date,
                decision:
                  x.decision === null ? null : (describeCode(CONTACT_DECISION, x.decision) ?? x.decision),
              },
              x.id,
            ),
            inNumerator: x.decision === 'referral',
          })),
      ),
    };
  },
});
