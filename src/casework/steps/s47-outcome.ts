import { formatLongDate } from '../../domain/dates.ts';
import { S47_OUTCOME } from '../../domain/local-codes.ts';
import type { ChildRecord, Row } from '../child.ts';
import { cancelClocks } from '../clocks.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The section 47 enquiry whose outcome has not been recorded yet. */
export function s47InProgress(child: ChildRecord): Row<'s47_enquiry'> | undefined {
  return child.s47Enquiries.find((s) => s.outcome === null);
}

/**
 * The outcome of the section 47 enquiry in progress. When no initial conference is required, the
 * conference clock is cancelled (CIN census: the "ICPC not required" flag completes the enquiry).
 */
export const s47Outcome: Step = {
  id: 's47-outcome',
  title: 'Record the outcome of the section 47 enquiry',
  group: 'protection',
  table: 's47_enquiry',
  fields: [
    { id: 'end_date', label: 'Date the enquiry ended', kind: 'date' },
    { id: 'outcome', label: 'Outcome of the enquiry', kind: 'radios', options: optionsOf(S47_OUTCOME) },
    { id: 'icpc_required', label: 'Is an initial child protection conference required?', kind: 'yes_no' },
  ],
  offered: (child) => s47InProgress(child) !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    if (v.outcome === 'icpc' && v.icpc_required === false)
      errors.icpc_required = 'Select yes if the outcome is an initial child protection conference';
    if (v.outcome && v.outcome !== 'icpc' && v.icpc_required === true)
      errors.outcome =
        'Select initial child protection conference as the outcome if a conference is required';
    // For a correction the enquiry itself is not in ctx.child: the database's own check then applies.
    const enquiry = s47InProgress(ctx.child);
    if (enquiry && String(v.end_date) < enquiry.start_date)
      errors.end_date = `The date the enquiry ended must be the same as or after the date it started, ${formatLongDate(enquiry.start_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const enquiry = s47InProgress(ctx.child)!;
    const date = String(v.end_date);
    await updateRecord(
      ctx.trx,
      ctx.actor,
      's47_enquiry',
      enquiry.id,
      { end_date: date, outcome: v.outcome, icpc_required: v.icpc_required },
      'Section 47 enquiry outcome recorded',
    );
    if (v.icpc_required === false)
      await cancelClocks(ctx.trx, ctx.child.person.id, ['icpc_15wd_from_strategy'], date);
    return enquiry.id;
  },
};
