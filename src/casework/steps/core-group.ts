import { formatLongDate } from '../../domain/dates.ts';
import { stopClocks } from '../clocks.ts';
import type { FieldErrors } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** A core group meeting of the open child protection plan; the first is due within 10 working days. */
export const coreGroup: Step = {
  id: 'core-group',
  title: 'Record a core group meeting',
  group: 'protection',
  table: 'core_group',
  fields: [{ id: 'meeting_date', label: 'Date of the meeting', kind: 'date' }],
  offered: (_child, status) => status.cpPlan !== undefined,
  check(ctx, v) {
    const errors: FieldErrors = {};
    const plan = ctx.status.cpPlan;
    if (plan && String(v.meeting_date) < plan.start_date)
      errors.meeting_date = `The date of the meeting must be the same as or after the date the plan started, ${formatLongDate(plan.start_date)}`;
    return errors;
  },
  async save(ctx, v) {
    const plan = ctx.status.cpPlan!;
    const personId = ctx.child.person.id;
    const date = String(v.meeting_date);
    const id = await insertRecord(ctx.trx, ctx.actor, 'core_group', {
      person_id: personId,
      cp_plan_id: plan.id,
      meeting_date: date,
    });
    await stopClocks(ctx.trx, personId, ['core_group_10wd'], {
      date,
      byType: 'core_group',
      byId: id,
      sourceId: plan.id,
    });
    return id;
  },
};
