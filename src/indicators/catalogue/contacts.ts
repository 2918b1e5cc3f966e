import { eachWithin } from '../candidates.ts';
import { CONTACT_DECISION } from '../../domain/local-codes.ts';
import { codeLabel, member } from '../conventions.ts';
import { defineIndicator, type Members } from '../indicator.ts';
import type { ChildJourney, JourneyModel } from '../model.ts';
import type { Period } from '../period.ts';

/** Counts contact records (one member per contact), so a child contacted twice in the month counts twice. */
export const contacts = defineIndicator({
  id: 'contacts',
  title: 'Contacts',
  unit: 'number',
  polarity: 'none',
  section: 'Front door and referrals',
  definition: 'Contacts with a contact date in the month.',
  facts: [
    ['contact_date', 'Contact date'],
    ['decision', 'Decision'],
  ],
  measure(model, period, out) {
    addContactsOfMonth(model, period, out);
    return { kind: 'count' };
  },
});

/**
 * Adds the contacts dated in the month, one member each (shared with contacts_to_referral_pct). For a
 * percentage, `inNumerator` says which of them count in its numerator.
 */
export function addContactsOfMonth(
  model: JourneyModel,
  period: Period,
  out: Members,
  inNumerator?: (contact: ChildJourney['contacts'][number]) => boolean,
): void {
  eachWithin(model, 'contacts', 'date', period.start, period.end, (c, x) =>
    out.add(
      out.listing &&
        member(c, { contact_date: x.date, decision: codeLabel(CONTACT_DECISION, x.decision) }, x.id),
      inNumerator?.(x),
    ),
  );
}
