import type { FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The decision to enter pre-proceedings (the Public Law Outline), and the letter before proceedings. */
export const preProceedings: Step = {
  id: 'pre-proceedings',
  title: 'Record a decision to start pre-proceedings',
  group: 'proceedings',
  table: 'pre_proceedings',
  fields: [
    { id: 'decision_date', label: 'Date of the decision', kind: 'date' },
    {
      id: 'letter_before_proceedings_date',
      label: 'Date of the letter before proceedings',
      hint: 'Leave blank if it has not been sent yet',
      kind: 'date',
      optional: true,
    },
  ],
  offered: (_child, status) => status.preProceedings === undefined,
  check(_ctx, v) {
    const errors: FieldErrors = {};
    if (
      v.letter_before_proceedings_date &&
      String(v.letter_before_proceedings_date) < String(v.decision_date)
    )
      errors.letter_before_proceedings_date =
        'The date of the letter before proceedings must be the same as or after the date of the decision';
    return errors;
  },
  async save(ctx, v) {
    return insertRecord(ctx.trx, ctx.actor, 'pre_proceedings', {
      person_id: ctx.child.person.id,
      decision_date: v.decision_date,
      letter_before_proceedings_date: v.letter_before_proceedings_date ?? null,
    });
  },
};
