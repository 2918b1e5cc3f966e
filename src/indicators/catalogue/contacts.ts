import { childrenWithin } from '../candidates.ts';
import { describeCode } from '../../domain/codes.ts';
import { CONTACT_DECISION } from '../../domain/local-codes.ts';
import { inRange, member } from '../conventions.ts';
import { defineIndicator } from '../indicator.ts';

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
  compute(model, period) {
    return {
      kind: 'count',
      members: childrenWithin(model, 'contacts', 'date', period.start, period.end).flatMap((c) =>
        c.contacts
          .filter((x) => inRange(x.date, period.start, period.end))
          .map((x) =>
            member(
              c,
              {
                contact_date: x.date,
                decision:
                  x.decision === null ? null : (describeCode(CONTACT_DECISION, x.decision) ?? x.decision),
              },
              x.id,
            ),
          ),
      ),
    };
  },
});
