import { CONTACT_DECISION } from '../../domain/local-codes.ts';
import { stopClocks } from '../clocks.ts';
import { optionsOf } from '../fields.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

function undecided(ctx: {
  child: { contacts: { id: string; decision: string | null; contact_date: string }[] };
}) {
  return ctx.child.contacts.filter((c) => c.decision === null).at(-1);
}

/** The front door's decision on a contact recorded without one. */
export const screeningDecision: Step = {
  id: 'screening-decision',
  title: 'Record the screening decision',
  group: 'front_door',
  table: 'contact',
  fields: [
    { id: 'decision', label: 'Screening decision', kind: 'radios', options: optionsOf(CONTACT_DECISION) },
    { id: 'decision_date', label: 'Date of decision', kind: 'date' },
  ],
  offered: (child) => undecided({ child }) !== undefined,
  check(ctx, v) {
    const open = undecided(ctx);
    if (!open) return { decision: 'There is no contact waiting for a decision' };
    if (String(v.decision_date) < open.contact_date) {
      return { decision_date: 'The date of decision must be the same as or after the date of contact' };
    }
    return {};
  },
  async save(ctx, v) {
    const open = undecided(ctx)!;
    await updateRecord(ctx.trx, ctx.actor, 'contact', open.id, v, 'Screening decision recorded');
    await stopClocks(ctx.trx, ctx.child.person.id, ['contact_screening_1wd'], {
      date: String(v.decision_date),
      byType: 'contact',
      byId: open.id,
      sourceId: open.id,
    });
    return open.id;
  },
};
