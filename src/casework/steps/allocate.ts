import { SW_REASON } from '../../domain/codes.ts';
import { formatLongDate } from '../../domain/dates.ts';
import { optionsOf, type FieldErrors, type Values } from '../fields.ts';
import { insertRecord, updateRecord } from '../record.ts';
import { StepAnswerError, type Step } from '../step.ts';

/**
 * Allocates the child to a team and, optionally, a social worker from a date. The current allocation ends
 * on that date (an allocation is not open on its end date, so the two never overlap). The team and worker
 * are chosen from the authority's own (`loadOptions`); that the worker is in the team and had not left by
 * the start date is checked while saving, as it needs the worker's record.
 */
export const allocate: Step = {
  id: 'allocate',
  title: 'Allocate to a team and social worker',
  group: 'oversight',
  table: 'allocation',
  fields: [
    { id: 'team_id', label: 'Team', kind: 'select', options: [] },
    {
      id: 'worker_id',
      label: 'Social worker',
      hint: 'Leave blank to allocate to the team only',
      kind: 'select',
      options: [],
      optional: true,
    },
    { id: 'start_date', label: 'Start date', kind: 'date' },
    {
      id: 'change_reason',
      label: 'Reason for the change of social worker',
      hint: 'If the child was allocated before',
      kind: 'select',
      options: optionsOf(SW_REASON),
      optional: true,
    },
  ],
  async loadOptions(trx) {
    const teams = await trx
      .selectFrom('team')
      .select(['id', 'name'])
      .where('team_type', '<>', 'service')
      .orderBy('name')
      .execute();
    const workers = await trx
      .selectFrom('worker')
      .innerJoin('team', (join) =>
        join.onRef('team.la_code', '=', 'worker.la_code').onRef('team.id', '=', 'worker.team_id'),
      )
      .select(['worker.id', 'worker.name', 'team.name as team_name'])
      .where('worker.case_holding', '=', true)
      .orderBy('worker.name')
      .execute();
    return {
      team_id: teams.map((t) => [t.id, t.name] as const),
      worker_id: workers.map((w) => [w.id, `${w.name} (${w.team_name})`] as const),
    };
  },
  offered: () => true,
  prefill: (ctx): Values => ({ start_date: ctx.today }),
  check(ctx, v) {
    const errors: FieldErrors = {};
    const current = ctx.child.allocations.filter((a) => a.end_date === null).at(-1);
    if (current) {
      if (String(v.start_date) < current.start_date)
        errors.start_date = `The start date must be the same as or after the start of the current allocation, ${formatLongDate(current.start_date)}`;
      if (current.team_id === v.team_id && current.worker_id === (v.worker_id ?? null))
        errors.worker_id = 'The child is already allocated to this team and social worker';
      if (!v.change_reason) errors.change_reason = 'Select the reason for the change of social worker';
    }
    return errors;
  },
  async save(ctx, v) {
    const { trx, actor } = ctx;
    const start = String(v.start_date);
    const teamId = String(v.team_id);
    const workerId = v.worker_id ? String(v.worker_id) : null;
    const team = await trx
      .selectFrom('team')
      .select(['id', 'name'])
      .where('la_code', '=', actor.laCode)
      .where('id', '=', teamId)
      .executeTakeFirst();
    if (!team) throw new StepAnswerError('team_id', 'Select the team from the list');
    if (workerId) {
      const worker = await trx
        .selectFrom('worker')
        .select(['team_id', 'leave_date'])
        .where('la_code', '=', actor.laCode)
        .where('id', '=', workerId)
        .executeTakeFirst();
      if (!worker) throw new StepAnswerError('worker_id', 'Select the social worker from the list');
      if (worker.team_id !== teamId)
        throw new StepAnswerError('worker_id', `Select a social worker in the team ${team.name}`);
      if (worker.leave_date !== null && worker.leave_date <= start)
        throw new StepAnswerError(
          'worker_id',
          `The social worker left on ${formatLongDate(worker.leave_date)}: select a social worker who is in post on the start date`,
        );
    }
    const current = ctx.child.allocations.filter((a) => a.end_date === null).at(-1);
    if (current) {
      const why = 'Allocation ended: child allocated again';
      await updateRecord(trx, actor, 'allocation', current.id, { end_date: start }, why);
    }
    return insertRecord(trx, actor, 'allocation', {
      person_id: ctx.child.person.id,
      team_id: teamId,
      worker_id: workerId,
      start_date: start,
      change_reason: v.change_reason ?? null,
    });
  },
};
