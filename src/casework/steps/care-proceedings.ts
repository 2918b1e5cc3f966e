import { formatLongDate } from '../../domain/dates.ts';
import type { FieldErrors } from '../fields.ts';
import { insertRecord, updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/**
 * Care proceedings issued for the child. Open pre-proceedings end that day with the outcome "care
 * proceedings issued".
 */
export const careProceedings: Step = {
  id: 'care-proceedings',
  title: 'Record care proceedings issued',
  group: 'proceedings',
  table: 'care_proceedings',
  fields: [{ id: 'issued_date', label: 'Date the proceedings were issued', kind: 'date' }],
  offered: (_child, status) => status.careProceedings === undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const date = String(v.issued_date);
    const open = ctx.child.careProceedings.find((p) => p.concluded_date === null || p.concluded_date > date);
    if (open)
      errors.issued_date =
        open.concluded_date === null
          ? `The child already has care proceedings, issued on ${formatLongDate(open.issued_date)}`
          : `The date the proceedings were issued must be the same as or after the end of the last proceedings, ${formatLongDate(open.concluded_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const date = String(v.issued_date);
    const id = await insertRecord(ctx.trx, ctx.actor, 'care_proceedings', {
      person_id: ctx.child.person.id,
      issued_date: date,
    });
    const plo = ctx.child.preProceedings.find((p) => p.end_date === null && p.decision_date <= date);
    if (plo) {
      await updateRecord(
        ctx.trx,
        ctx.actor,
        'pre_proceedings',
        plo.id,
        { end_date: date, outcome: 'proceedings_issued' },
        'Pre-proceedings ended: care proceedings issued',
      );
    }
    return id;
  },
};
