import type { FastifyInstance, FastifyRequest } from 'fastify';
import { anyOf } from '../../../access/policy.ts';
import { localPolicyRules, setLocalPolicy } from '../../../casework/local-policy.ts';
import { inAuthority, type Actor } from '../../../db/database.ts';

const settingsEditors = anyOf('administrator', 'head_of_service', 'performance_analyst');

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

/** The authority's local timescales: visit and supervision intervals. */
export async function settingsRoutes(app: FastifyInstance): Promise<void> {
  app.get('/settings/local-policy', { config: { access: settingsEditors } }, async (request, reply) => {
    const rules = await inAuthority(app.db, actorOf(request), (trx) => localPolicyRules(trx));
    return reply.view('settings/local-policy.njk', { pageTitle: 'Visit and supervision intervals', rules });
  });

  app.post<{ Body: { rule_id?: string; unit?: string; amount?: string } }>(
    '/settings/local-policy',
    { config: { access: settingsEditors } },
    async (request, reply) => {
      const { rule_id = '', unit = '', amount = '' } = request.body ?? {};
      const n = Number(amount);
      const problem = !/^\d+$/.test(amount.trim())
        ? 'Enter the interval as a whole number'
        : await inAuthority(app.db, actorOf(request), (trx) =>
            setLocalPolicy(trx, actorOf(request), rule_id, unit, n),
          );
      request.session.flash = problem ?? 'Interval saved. New due dates use it from now on.';
      return reply.redirect('/settings/local-policy');
    },
  );
}
