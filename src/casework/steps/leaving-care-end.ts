import { formatLongDate } from '../../domain/dates.ts';
import { cancelClocks } from '../clocks.ts';
import { updateRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** A care leaver status ends (at 21 or 25, when support is no longer wanted, or to change status at 18). */
export const leavingCareEnd: Step = {
  id: 'leaving-care-end',
  title: 'Record the end of the care leaver status',
  group: 'leaving_care',
  table: 'care_leaver',
  fields: [{ id: 'end_date', label: 'Date the status ended', kind: 'date' }],
  offered: (_child, status) => status.careLeaver !== undefined,
  check(ctx, v) {
    const status = ctx.status.careLeaver;
    // A correction leaves the status out of the record it is checked against.
    if (!status) return ctx.recordId ? {} : { form: 'The young person has no care leaver status' };
    if (String(v.end_date) < status.start_date) {
      return {
        end_date: `The end must be on or after the status started on ${formatLongDate(status.start_date)}`,
      };
    }
    return {};
  },
  async save(ctx, v) {
    const status = ctx.status.careLeaver!;
    await updateRecord(ctx.trx, ctx.actor, 'care_leaver', status.id, v, 'Care leaver status ended');
    await cancelClocks(ctx.trx, ctx.child.person.id, ['supervision_care_leaver'], String(v.end_date));
    return status.id;
  },
};
