import { defineIndicator } from '../indicator.ts';
import { addContactsOfMonth } from './contacts.ts';

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
  measure(model, period, out) {
    addContactsOfMonth(model, period, out, (contact) => contact.decision === 'referral');
    return { kind: 'percent' };
  },
});
