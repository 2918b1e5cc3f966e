import { REASON_PLACED_CEASED } from '../../domain/codes.ts';
import { optionsOf } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';
import { ADOPTION_FIELDS, adoptionErrors } from './care-adoption.ts';
import { textOf } from './care-start.ts';

/**
 * The open adoption's milestones as they happen (placement order, match, placement, adoption order), or the
 * decision that the child should no longer be placed for adoption (SSDA903 PlacedAdoption).
 */
export const careAdoptionUpdate: Step = {
  id: 'care-adoption-update',
  title: 'Record progress towards adoption',
  group: 'care',
  table: 'adoption',
  fields: [
    ...ADOPTION_FIELDS,
    {
      id: 'ceased_date',
      label: 'Date of the decision that the child should no longer be placed for adoption',
      name: 'the date the plan for adoption ended',
      hint: 'Only if the plan for adoption has ended',
      kind: 'date',
      optional: true,
    },
    {
      id: 'ceased_reason',
      label: 'Why the child should no longer be placed for adoption',
      name: 'why the plan for adoption ended',
      kind: 'select',
      options: optionsOf(REASON_PLACED_CEASED, true),
      optional: true,
    },
  ],
  offered: (_child, status) => status.adoption !== undefined,
  prefill(ctx) {
    const open = ctx.status.adoption;
    if (!open) return {};
    const { decision_date, placement_order_date, matched_date, placed_date, adoption_order_date } = open;
    const { foster_care, number_of_adopters, sex_of_adopters, legal_status_of_adopters } = open;
    return {
      decision_date,
      placement_order_date,
      matched_date,
      placed_date,
      adoption_order_date,
      foster_care,
      number_of_adopters,
      sex_of_adopters,
      legal_status_of_adopters,
    };
  },
  check(ctx, v) {
    // A correction leaves the adoption out of the record it is checked against.
    if (!ctx.status.adoption && !ctx.recordId) return { form: 'There is no adoption in progress to update' };
    const errors = adoptionErrors(ctx, v);
    const ceased = textOf(v.ceased_date);
    const reason = textOf(v.ceased_reason);
    if (ceased && !reason)
      errors.ceased_reason =
        'Select why the child should no longer be placed for adoption (SSDA903 rule 119)';
    if (reason && !ceased)
      errors.ceased_date =
        'Enter the date of the decision that the child should no longer be placed for adoption (SSDA903 rule 119)';
    if (ceased && ceased < String(v.decision_date)) {
      errors.ceased_date =
        'The date must be on or after the decision to place for adoption (SSDA903 rule 522)';
    } else if (ceased && textOf(v.adoption_order_date)) {
      errors.ceased_date =
        'The child has been adopted: leave the end of the plan for adoption blank (SSDA903 rules 525 and 558)';
    }
    return errors;
  },
  async save(ctx, v) {
    const open = ctx.status.adoption!;
    await updateRecord(ctx.trx, ctx.actor, 'adoption', open.id, v, 'Adoption progress recorded');
    return open.id;
  },
};
