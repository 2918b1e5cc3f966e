import type { FastifyInstance, FastifyRequest } from 'fastify';
import { caseWriters, managers, signedIn } from '../../../access/policy.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { openTasks, recordOverdueReason, teamCaseloads, workersOfUser } from '../../../casework/workload.ts';
import { recordsChanged } from '../../../db/changes.ts';
import { UUID } from '../../forms.ts';
import { inAuthority, type Actor } from '../../../db/database.ts';
import { OVERDUE_REASON } from '../../../domain/local-codes.ts';

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

/** A head of service sees every team; a team manager the teams they manage. */
function managedBy(request: FastifyRequest): string | undefined {
  return request.user!.roles.includes('head_of_service') ? undefined : request.user!.id;
}

const reasons = OVERDUE_REASON.entries.map(([value, text]) => ({ value, text }));

/** A worker's task list, the team manager's team view, and recording why work is overdue. */
export async function workRoutes(app: FastifyInstance): Promise<void> {
  app.get('/tasks', { config: { access: signedIn } }, async (request, reply) => {
    const today = todayInEngland();
    const { tasks, hasWorker } = await inAuthority(app.db, actorOf(request), async (trx) => {
      const workers = await workersOfUser(trx, request.user!.id);
      return {
        tasks: await openTasks(trx, today, { workerIds: workers.map((w) => w.id) }),
        hasWorker: workers.length > 0,
      };
    });
    return reply.view('work/tasks.njk', {
      pageTitle: 'My tasks',
      tasks,
      hasWorker,
      today,
      reasons,
      returnTo: '/tasks',
    });
  });

  app.get('/teams', { config: { access: managers } }, async (request, reply) => {
    const today = todayInEngland();
    const teams = await inAuthority(app.db, actorOf(request), (trx) =>
      teamCaseloads(trx, today, { managedBy: managedBy(request) }),
    );
    return reply.view('work/teams.njk', { pageTitle: 'Teams', teams, today });
  });

  app.get<{ Params: { teamId: string } }>(
    '/teams/:teamId',
    { config: { access: managers } },
    async (request, reply) => {
      const { teamId } = request.params;
      if (!UUID.test(teamId)) return reply.callNotFound();
      const today = todayInEngland();
      const found = await inAuthority(app.db, actorOf(request), async (trx) => {
        const [team] = await teamCaseloads(trx, today, { teamId, managedBy: managedBy(request) });
        return team ? { team, tasks: await openTasks(trx, today, { teamId }) } : undefined;
      });
      if (!found) return reply.callNotFound();
      return reply.view('work/team.njk', {
        pageTitle: found.team.name,
        ...found,
        overdue: found.tasks.filter((t) => t.overdue),
        today,
        reasons,
        returnTo: `/teams/${teamId}`,
      });
    },
  );

  app.post<{
    Params: { taskId: string };
    Body: { overdue_reason?: string; overdue_note?: string; return_to?: string };
  }>('/tasks/:taskId/overdue-reason', { config: { access: caseWriters } }, async (request, reply) => {
    const { taskId } = request.params;
    if (!UUID.test(taskId)) return reply.callNotFound();
    const body = request.body ?? {};
    const note = body.overdue_note?.trim() || null;
    const result = await inAuthority(app.db, actorOf(request), (trx) =>
      recordOverdueReason(trx, actorOf(request), taskId, body.overdue_reason ?? '', note),
    );
    if (!result) return reply.callNotFound();
    if (result.ok) recordsChanged(actorOf(request).laCode, result.personId);
    const back =
      body.return_to && /^\/(tasks|teams\/[0-9a-f-]{36})$/.test(body.return_to) ? body.return_to : '/tasks';
    request.session.flash = result.ok ? 'Reason recorded' : result.error;
    return reply.redirect(back);
  });
}
