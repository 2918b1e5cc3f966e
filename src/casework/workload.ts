import { sql } from 'kysely';
import type { Actor, Trx } from '../db/database.ts';
import { isCode } from '../domain/codes.ts';
import { OVERDUE_REASON } from '../domain/local-codes.ts';
import { updateRecord } from './record.ts';

export interface WorkerCaseload {
  id: string;
  name: string;
  fte: string;
  agency: boolean;
  caseHolding: boolean;
  children: number;
}

export interface TeamCaseload {
  id: string;
  name: string;
  teamType: string;
  target: string | null;
  workers: WorkerCaseload[];
  children: number;
  /** Children allocated to case-holding workers divided by their summed FTE; null with no FTE. */
  perFte: number | null;
}

/**
 * Each worker's allocated children open at `date` (start <= date < end), for one team, the teams a manager
 * manages, or all teams. Counts only the children the user may see (row-level security on allocation).
 */
export async function teamCaseloads(
  trx: Trx,
  date: string,
  scope: { teamId?: string; managedBy?: string } = {},
): Promise<TeamCaseload[]> {
  let teams = trx
    .selectFrom('team')
    .select(['id', 'name', 'team_type', 'caseload_target'])
    .where('voided_at', 'is', null)
    .orderBy('name');
  if (scope.teamId) teams = teams.where('id', '=', scope.teamId);
  if (scope.managedBy) teams = teams.where('manager_user_id', '=', scope.managedBy);
  const teamRows = await teams.execute();
  const workers = await trx
    .selectFrom('worker as w')
    .leftJoin('allocation as a', (join) =>
      join
        .onRef('a.worker_id', '=', 'w.id')
        .onRef('a.la_code', '=', 'w.la_code')
        .on('a.voided_at', 'is', null)
        .on('a.start_date', '<=', date)
        .on((eb) => eb.or([eb('a.end_date', 'is', null), eb('a.end_date', '>', date)])),
    )
    .select([
      'w.id',
      'w.name',
      'w.team_id',
      'w.fte',
      'w.agency',
      'w.case_holding',
      sql<string>`count(DISTINCT a.person_id)`.as('children'),
    ])
    .where('w.voided_at', 'is', null)
    .where('w.start_date', '<=', date)
    .where((eb) => eb.or([eb('w.leave_date', 'is', null), eb('w.leave_date', '>', date)]))
    .groupBy(['w.id', 'w.name', 'w.team_id', 'w.fte', 'w.agency', 'w.case_holding'])
    .orderBy('w.name')
    .execute();
  return teamRows.map((team) => {
    const mine = workers
      .filter((w) => w.team_id === team.id)
      .map((w) => ({
        id: w.id,
        name: w.name,
        fte: w.fte,
        agency: w.agency,
        caseHolding: w.case_holding,
        children: Number(w.children),
      }));
    const holding = mine.filter((w) => w.caseHolding);
    const fte = holding.reduce((sum, w) => sum + Number(w.fte), 0);
    const children = holding.reduce((sum, w) => sum + w.children, 0);
    return {
      id: team.id,
      name: team.name,
      teamType: team.team_type,
      target: team.caseload_target,
      workers: mine,
      children,
      perFte: fte > 0 ? children / fte : null,
    };
  });
}

export interface OpenTask {
  id: string;
  personId: string;
  childName: string;
  laChildId: string;
  title: string;
  ruleId: string;
  dueDate: string;
  overdue: boolean;
  overdueReason: string | null;
  overdueNote: string | null;
  workerName: string | null;
  teamName: string | null;
}

/**
 * Open tasks of the children allocated at `today` to a worker or to a team's workers, soonest due first.
 * Overdue means the due date is before today.
 */
export async function openTasks(
  trx: Trx,
  today: string,
  scope: { workerIds?: string[]; teamId?: string },
): Promise<OpenTask[]> {
  if (scope.workerIds && scope.workerIds.length === 0) return [];
  let query = trx
    .selectFrom('task as t')
    .innerJoin('person as p', (j) => j.onRef('p.id', '=', 't.person_id').onRef('p.la_code', '=', 't.la_code'))
    .innerJoin('allocation as a', (j) =>
      j
        .onRef('a.person_id', '=', 't.person_id')
        .onRef('a.la_code', '=', 't.la_code')
        .on('a.voided_at', 'is', null)
        .on('a.start_date', '<=', today)
        .on((eb) => eb.or([eb('a.end_date', 'is', null), eb('a.end_date', '>', today)])),
    )
    .innerJoin('team as tm', (j) => j.onRef('tm.id', '=', 'a.team_id').onRef('tm.la_code', '=', 'a.la_code'))
    .leftJoin('worker as w', (j) => j.onRef('w.id', '=', 'a.worker_id').onRef('w.la_code', '=', 'a.la_code'))
    .select([
      't.id',
      't.person_id',
      sql<string>`p.given_name || ' ' || p.family_name`.as('child_name'),
      'p.la_child_id',
      't.title',
      't.rule_id',
      't.due_date',
      't.overdue_reason',
      't.overdue_note',
      'w.name as worker_name',
      'tm.name as team_name',
    ])
    .where('t.completed_date', 'is', null)
    .where('t.cancelled_date', 'is', null)
    .where('t.voided_at', 'is', null)
    .orderBy('t.due_date')
    .orderBy('child_name');
  if (scope.workerIds) query = query.where('a.worker_id', 'in', scope.workerIds);
  if (scope.teamId) query = query.where('a.team_id', '=', scope.teamId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    childName: r.child_name,
    laChildId: r.la_child_id,
    title: r.title,
    ruleId: r.rule_id,
    dueDate: r.due_date,
    overdue: r.due_date < today,
    overdueReason: r.overdue_reason,
    overdueNote: r.overdue_note,
    workerName: r.worker_name,
    teamName: r.team_name,
  }));
}

/**
 * Records why a task is overdue (foster carer unavailable, family avoiding visits, …). Undefined when there is
 * no such task among the children the user may see.
 */
export async function recordOverdueReason(
  trx: Trx,
  actor: Actor,
  taskId: string,
  reason: string,
  note: string | null,
): Promise<{ ok: true; personId: string } | { ok: false; error: string } | undefined> {
  const task = await trx
    .selectFrom('task')
    .select(['id', 'person_id'])
    .where('id', '=', taskId)
    .executeTakeFirst();
  if (!task) return undefined;
  if (!isCode(OVERDUE_REASON, reason)) return { ok: false, error: 'Select why the task is overdue' };
  if (reason === 'other' && !note) return { ok: false, error: 'Say why the task is overdue' };
  await updateRecord(
    trx,
    actor,
    'task',
    taskId,
    { overdue_reason: reason, overdue_note: note },
    'Reason for overdue task recorded',
  );
  return { ok: true, personId: task.person_id };
}

/** The worker records linked to a user, in the transaction's authority. */
export async function workersOfUser(trx: Trx, userId: string): Promise<{ id: string; team_id: string }[]> {
  return trx
    .selectFrom('worker')
    .select(['id', 'team_id'])
    .where('user_id', '=', userId)
    .where('voided_at', 'is', null)
    .execute();
}
