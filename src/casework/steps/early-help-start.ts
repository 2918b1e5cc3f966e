import { formatLongDate } from '../../domain/dates.ts';
import { LEAD_AGENCY } from '../../domain/local-codes.ts';
import type { ChildRecord } from '../child.ts';
import { optionsOf, type FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/**
 * The referral this early help steps down from: the child's latest referral, when it closed after
 * assessment with a referral to early help (RC9) on or before `start` (any day, when `start` is not given)
 * and no earlier early help episode already took it up.
 */
export function steppedDownFrom(child: ChildRecord, start?: string) {
  const latest = child.referrals.at(-1);
  if (latest?.closure_reason !== 'RC9' || !latest.closure_date) return undefined;
  if (start !== undefined && latest.closure_date > start) return undefined;
  if (child.earlyHelpEpisodes.some((e) => e.stepped_down_from_referral_id === latest.id)) return undefined;
  return latest;
}

/** An early help episode starts, with its lead professional; a step-down from social care is linked. */
export const earlyHelpStart: Step = {
  id: 'early-help-start',
  title: 'Record the start of early help',
  group: 'early_help',
  table: 'early_help_episode',
  fields: [
    { id: 'start_date', label: 'Date early help started', kind: 'date' },
    {
      id: 'reason',
      label: 'Why the family needs early help',
      name: 'the reason',
      kind: 'textarea',
      optional: true,
    },
    {
      id: 'lead_professional',
      label: 'Lead professional',
      hint: 'Their name and role',
      kind: 'text',
      optional: true,
    },
    {
      id: 'lead_agency',
      label: 'Lead professional’s agency',
      name: 'the lead professional’s agency',
      kind: 'radios',
      options: optionsOf(LEAD_AGENCY),
    },
  ],
  offered: (child) => !child.earlyHelpEpisodes.some((e) => e.end_date === null),
  prefill(ctx) {
    const referral = steppedDownFrom(ctx.child);
    return referral ? { start_date: referral.closure_date } : {};
  },
  check(ctx, v) {
    const errors: FieldErrors = {};
    const start = String(v.start_date);
    const dob = ctx.child.person.date_of_birth;
    const open = ctx.child.earlyHelpEpisodes.find((e) => e.end_date === null);
    const overlapping = ctx.child.earlyHelpEpisodes.find(
      (e) => e.start_date <= start && (e.end_date === null || e.end_date > start),
    );
    if (dob && start < dob) {
      errors.start_date = 'The date must be on or after the child’s date of birth';
    } else if (open && !ctx.recordId) {
      errors.form = `The child has had early help since ${formatLongDate(open.start_date)}: record its end first`;
    } else if (overlapping) {
      errors.start_date = `The child already had early help from ${formatLongDate(overlapping.start_date)}${overlapping.end_date ? ` to ${formatLongDate(overlapping.end_date)}` : ''}`;
    }
    return errors;
  },
  async save(ctx, v) {
    const referral = steppedDownFrom(ctx.child, String(v.start_date));
    return insertRecord(ctx.trx, ctx.actor, 'early_help_episode', {
      person_id: ctx.child.person.id,
      ...v,
      stepped_down_from_referral_id: referral?.id ?? null,
    });
  },
};
