import { formatLongDate } from '../../domain/dates.ts';
import { PERMANENCE_PLAN } from '../../domain/local-codes.ts';
import { optionsOf } from '../fields.ts';
import { insertRecord } from '../record.ts';
import type { Step } from '../step.ts';

/** The plan for the child's permanence, due by the second review (indicator cla_permanence_plan_6m_pct). */
export const carePermanencePlan: Step = {
  id: 'care-permanence-plan',
  title: 'Record the permanence plan',
  group: 'care',
  table: 'permanence_plan',
  fields: [
    { id: 'plan_date', label: 'Date of the plan', kind: 'date' },
    { id: 'plan', label: 'Permanence plan', kind: 'radios', options: optionsOf(PERMANENCE_PLAN) },
  ],
  offered: (_child, status) => status.episode !== undefined,
  check(ctx, v) {
    const from = ctx.status.periodOfCareStart;
    if (!from) return ctx.recordId ? {} : { form: 'The child is not looked after' };
    if (String(v.plan_date) < from) {
      return {
        plan_date: `The plan must be dated on or after the child started to be looked after on ${formatLongDate(from)}`,
      };
    }
    return {};
  },
  async save(ctx, v) {
    return insertRecord(ctx.trx, ctx.actor, 'permanence_plan', { person_id: ctx.child.person.id, ...v });
  },
};
