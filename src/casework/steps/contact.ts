import { REFERRAL_SOURCE } from '../../domain/codes.ts';
import { CONTACT_DECISION } from '../../domain/local-codes.ts';
import { optionsOf } from '../fields.ts';
import { insertRecord } from '../record.ts';
import { startClock, stopClocks } from '../clocks.ts';
import type { Step } from '../step.ts';

/** A contact at the front door, with its screening decision (due within 1 working day). */
export const contact: Step = {
  id: 'contact',
  title: 'Record a contact',
  group: 'front_door',
  table: 'contact',
  fields: [
    { id: 'contact_date', label: 'Date of contact', kind: 'date' },
    {
      id: 'contact_time',
      label: 'Time of contact',
      hint: 'For example, 14:30',
      kind: 'time',
      optional: true,
    },
    { id: 'source', label: 'Source of contact', kind: 'select', options: optionsOf(REFERRAL_SOURCE) },
    {
      id: 'contact_by',
      label: 'Who made the contact',
      hint: 'Name and role or agency',
      kind: 'text',
      optional: true,
    },
    { id: 'concern', label: 'What is the concern?', name: 'the concern', kind: 'textarea' },
    {
      id: 'decision',
      label: 'Screening decision',
      hint: 'Leave blank if the decision has not been made yet; it is due within 1 working day',
      kind: 'radios',
      options: optionsOf(CONTACT_DECISION),
      optional: true,
    },
    { id: 'decision_date', label: 'Date of decision', kind: 'date', optional: true },
  ],
  offered: () => true,
  check(_ctx, v) {
    const errors: Record<string, string> = {};
    if (v.decision && !v.decision_date) errors.decision_date = 'Enter the date of the screening decision';
    if (v.decision_date && !v.decision) errors.decision = 'Select the screening decision, or remove its date';
    if (v.decision_date && v.contact_date && String(v.decision_date) < String(v.contact_date)) {
      errors.decision_date = 'The date of decision must be the same as or after the date of contact';
    }
    return errors;
  },
  async save(ctx, v) {
    const id = await insertRecord(ctx.trx, ctx.actor, 'contact', { person_id: ctx.child.person.id, ...v });
    await startClock(ctx.trx, ctx.actor, ctx.policy, {
      personId: ctx.child.person.id,
      ruleId: 'contact_screening_1wd',
      fromDate: String(v.contact_date),
      sourceType: 'contact',
      sourceId: id,
    });
    if (v.decision_date) {
      await stopClocks(ctx.trx, ctx.child.person.id, ['contact_screening_1wd'], {
        date: String(v.decision_date),
        byType: 'contact',
        byId: id,
        sourceId: id,
      });
    }
    return id;
  },
};
