import type { FastifyInstance } from 'fastify';
import { audit } from '../../../access/audit.ts';
import { anyOf } from '../../../access/policy.ts';
import { UUID } from '../../forms.ts';
import { inAuthority } from '../../../db/database.ts';

/** Who may see who has viewed and changed a child's record. */
const recordAuditors = anyOf('team_manager', 'head_of_service', 'privacy_officer');

const ACTIONS: Record<string, string> = {
  view: 'Viewed the record',
  record: 'Recorded',
  correct: 'Corrected',
  void: 'Removed a record',
};

/** "Who has viewed this record": the audit log of one child, newest first. Looking is itself audited. */
export async function recordAuditRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { personId: string } }>(
    '/children/:personId/audit',
    { config: { access: recordAuditors } },
    async (request, reply) => {
      const { personId } = request.params;
      if (!UUID.test(personId)) return reply.callNotFound();
      const actor = { laCode: request.user!.laCode, userId: request.user!.id };
      const found = await inAuthority(app.db, actor, async (trx) => {
        const person = await trx
          .selectFrom('person')
          .select(['id', 'given_name', 'family_name'])
          .where('id', '=', personId)
          .executeTakeFirst();
        if (!person) return undefined;
        const events = await trx
          .selectFrom('audit_event as e')
          .leftJoin('app_user as u', 'u.id', 'e.user_id')
          .select(['e.at', 'e.action', 'e.reason', 'e.detail', 'u.display_name'])
          .where('e.subject_type', '=', 'person')
          .where('e.subject_id', '=', personId)
          .orderBy('e.at', 'desc')
          .limit(500)
          .execute();
        await audit(trx, {
          laCode: actor.laCode,
          userId: actor.userId,
          action: 'view_audit',
          subjectType: 'person',
          subjectId: personId,
        });
        return { person, events };
      });
      if (!found) return reply.callNotFound();
      return reply.view('audit/record-audit.njk', {
        pageTitle: 'Who has viewed and changed this record',
        person: found.person,
        rows: found.events.map((e) => [
          { text: e.at.toISOString().replace('T', ' ').slice(0, 16) },
          { text: e.display_name ?? 'System' },
          { text: ACTIONS[e.action] ?? e.action.replace(/_/g, ' ') },
          {
            text: [
              typeof e.detail.table === 'string' ? e.detail.table.replace(/_/g, ' ') : '',
              e.reason ?? '',
            ]
              .filter(Boolean)
              .join(': '),
          },
        ]),
        backLink: `/children/${personId}`,
      });
    },
  );
}
