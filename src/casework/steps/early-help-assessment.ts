import { isOpenAt } from '../child.ts';
import type { FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** An early help assessment (Ofsted Annex A list 2), part of the early help episode open at the time. */
export const earlyHelpAssessment: Step = {
  id: 'early-help-assessment',
  title: 'Record an early help assessment',
  group: 'early_help',
  table: 'early_help_assessment',
  fields: [
    { id: 'start_date', label: 'Date the assessment started', kind: 'date' },
    {
      id: 'completed_date',
      label: 'Date the assessment was completed',
      hint: 'Leave blank if it is not complete yet',
      kind: 'date',
      optional: true,
    },
    {
      id: 'organisation',
      label: 'Organisation completing the assessment',
      name: 'the organisation',
      kind: 'text',
      optional: true,
    },
  ],
  offered: () => true,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const start = String(v.start_date);
    const dob = ctx.child.person.date_of_birth;
    if (dob && start < dob) errors.start_date = 'The date must be on or after the child’s date of birth';
    if (v.completed_date && String(v.completed_date) < start) {
      errors.completed_date = 'The assessment must be completed on or after the day it started';
    }
    return errors;
  },
  async save(ctx, v) {
    const start = String(v.start_date);
    // The episode open on the day the assessment started, or else the one open now.
    const episode =
      ctx.child.earlyHelpEpisodes.find((e) => isOpenAt(e.start_date, e.end_date, start)) ??
      ctx.status.earlyHelp;
    return insertRecord(ctx.trx, ctx.actor, 'early_help_assessment', {
      person_id: ctx.child.person.id,
      ...v,
      early_help_episode_id: episode?.id ?? null,
    });
  },
};
