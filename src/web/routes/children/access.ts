import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { anyOf, caseReaders } from '../../../access/policy.ts';
import {
  accessPanel,
  breakGlass,
  BREAK_GLASS_HOURS,
  breakGlassAlerts,
  grantAccess,
  isLinkedTo,
  liftRestriction,
  linkToUser,
  maySee,
  RESTRICTION_CATEGORIES,
  RESTRICTION_MANAGERS,
  restrictRecord,
  reviewAlert,
  revokeGrant,
  type Outcome,
} from '../../../access/restrictions.ts';
import { audit } from '../../../access/audit.ts';
import { todayInEngland } from '../../../casework/recording.ts';
import { inAuthority, type Actor, type Trx } from '../../../db/database.ts';
import { errorList, UUID } from '../../forms.ts';

const restrictionManagers = anyOf(...RESTRICTION_MANAGERS);
const privacyOfficers = anyOf('privacy_officer');

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

type Form = Record<string, string | undefined>;

/** The page a user is shown when they may not open a child's record, with break-the-glass if allowed. */
export async function refusalPage(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  personId: string,
  form: Form = {},
  errors: Record<string, string> = {},
) {
  const linked = await inAuthority(app.db, actorOf(request), (trx) =>
    isLinkedTo(trx, personId, request.user!.id),
  );
  return reply.code(errors.reason || errors.form ? 400 : 403).view('children/refused.njk', {
    pageTitle: 'You do not have access to this record',
    personId,
    linked,
    hours: BREAK_GLASS_HOURS,
    reason: form.reason ?? '',
    errors: errorList(errors),
    reasonError: errors.reason ? { text: errors.reason } : undefined,
  });
}

/** Restricted records, named access, links to staff, break-the-glass and the privacy officer's alerts. */
export async function accessRoutes(app: FastifyInstance): Promise<void> {
  app.post<{ Params: { personId: string }; Body: Form }>(
    '/children/:personId/break-glass',
    { config: { access: caseReaders } },
    async (request, reply) => {
      const { personId } = request.params;
      if (!UUID.test(personId)) return reply.callNotFound();
      const form = request.body ?? {};
      const actor = actorOf(request);
      const result = await inAuthority(app.db, actor, async (trx) =>
        (await maySee(trx, personId))
          ? ({ ok: true } as Outcome)
          : breakGlass(trx, actor, personId, form.reason ?? ''),
      );
      if (!result.ok) return refusalPage(app, request, reply, personId, form, result.errors);
      request.session.flash = `You have access to this record for ${BREAK_GLASS_HOURS} hours. Your reason has been sent to the privacy officer.`;
      return reply.redirect(`/children/${personId}`);
    },
  );

  // The restriction panel ------------------------------------------------------------------------------
  async function panelPage(
    request: FastifyRequest<{ Params: { personId: string } }>,
    reply: FastifyReply,
    form: Form = {},
    errors: Record<string, string> = {},
  ) {
    const { personId } = request.params;
    if (!UUID.test(personId)) return reply.callNotFound();
    const actor = actorOf(request);
    const found = await inAuthority(app.db, actor, async (trx) => {
      const person = await trx
        .selectFrom('person')
        .select(['id', 'given_name', 'family_name', 'la_child_id'])
        .where('id', '=', personId)
        .executeTakeFirst();
      if (!person) return undefined;
      await audit(trx, {
        laCode: actor.laCode,
        userId: actor.userId,
        action: 'view_access',
        subjectType: 'person',
        subjectId: personId,
      });
      return { person, panel: await accessPanel(trx, personId) };
    });
    if (!found) return reply.callNotFound();
    const field = (id: string) => (errors[id] ? { text: errors[id] } : undefined);
    return reply.code(Object.keys(errors).length ? 400 : 200).view('children/access.njk', {
      pageTitle: 'Who may open this record',
      ...found,
      categories: Object.entries(RESTRICTION_CATEGORIES).map(([value, text]) => ({
        value,
        text,
        checked: form.category === value,
      })),
      form,
      errors: errorList(errors),
      fieldErrors: {
        category: field('category'),
        reason: field('reason'),
        lift_reason: field('lift_reason'),
        grantee: field('grantee'),
        expires: field('expires'),
        username: field('username'),
        link: field('link'),
      },
      backLink: `/children/${personId}`,
    });
  }

  app.get<{ Params: { personId: string } }>(
    '/children/:personId/access',
    { config: { access: restrictionManagers } },
    async (request, reply) => panelPage(request, reply),
  );

  /** A change on the panel: run for a child the manager may see, then back to the panel. */
  const change = (
    path: string,
    flash: string,
    work: (
      trx: Trx,
      actor: Actor,
      params: { personId: string; grantId?: string },
      form: Form,
    ) => Promise<Outcome>,
  ) =>
    app.post<{ Params: { personId: string; grantId?: string }; Body: Form }>(
      path,
      { config: { access: restrictionManagers } },
      async (request, reply) => {
        const { personId } = request.params;
        if (!UUID.test(personId)) return reply.callNotFound();
        const form = request.body ?? {};
        const actor = actorOf(request);
        const result = await inAuthority(app.db, actor, async (trx) =>
          (await maySee(trx, personId))
            ? work(trx, actor, request.params, form)
            : ({ ok: false, errors: { form: 'There is no such child' } } as Outcome),
        );
        if (!result.ok) return panelPage(request, reply, form, result.errors);
        request.session.flash = flash;
        return reply.redirect(`/children/${personId}/access`);
      },
    );

  change(
    '/children/:personId/access/restrict',
    'The record is restricted.',
    (trx, actor, { personId }, form) =>
      restrictRecord(trx, actor, personId, form.category ?? '', form.reason ?? ''),
  );
  change('/children/:personId/access/lift', 'The restriction is lifted.', (trx, actor, { personId }, form) =>
    liftRestriction(trx, actor, personId, form.lift_reason ?? ''),
  );
  change('/children/:personId/access/grants', 'Access granted.', (trx, actor, { personId }, form) =>
    grantAccess(trx, actor, personId, form.grantee ?? '', dateOf(form, 'expires'), todayInEngland()),
  );
  change(
    '/children/:personId/access/grants/:grantId/revoke',
    'Access removed.',
    async (trx, actor, { personId, grantId }) =>
      grantId && UUID.test(grantId)
        ? revokeGrant(trx, actor, personId, grantId)
        : { ok: false, errors: { form: 'There is no such grant' } },
  );
  change(
    '/children/:personId/access/links',
    'The link to the member of staff is recorded.',
    (trx, actor, { personId }, form) =>
      linkToUser(trx, actor, personId, form.username ?? '', form.link ?? ''),
  );

  // The privacy officer's alerts -----------------------------------------------------------------------
  async function alertsPage(
    request: FastifyRequest,
    reply: FastifyReply,
    errors: Record<string, string> = {},
  ) {
    const actor = actorOf(request);
    const alerts = await inAuthority(app.db, actor, async (trx) => {
      const found = await breakGlassAlerts(trx);
      await audit(trx, { laCode: actor.laCode, userId: actor.userId, action: 'view_break_glass_alerts' });
      return found;
    });
    return reply.code(Object.keys(errors).length ? 400 : 200).view('privacy/alerts.njk', {
      pageTitle: 'Break-the-glass alerts',
      open: alerts.filter((a) => !a.reviewedAt),
      reviewed: alerts.filter((a) => a.reviewedAt),
      errors: errorList(errors),
      noteErrors: errors,
    });
  }

  app.get('/privacy/alerts', { config: { access: privacyOfficers } }, async (request, reply) =>
    alertsPage(request, reply),
  );

  app.post<{ Params: { alertId: string }; Body: Form }>(
    '/privacy/alerts/:alertId/review',
    { config: { access: privacyOfficers } },
    async (request, reply) => {
      const { alertId } = request.params;
      if (!UUID.test(alertId)) return reply.callNotFound();
      const actor = actorOf(request);
      const result = await inAuthority(app.db, actor, (trx) =>
        reviewAlert(trx, actor, alertId, request.body?.note ?? ''),
      );
      if (!result) return reply.callNotFound();
      if (!result.ok) return alertsPage(request, reply, result.errors);
      request.session.flash = 'Alert reviewed.';
      return reply.redirect('/privacy/alerts');
    },
  );
}

/** A GOV.UK date input's parts as 'YYYY-MM-DD', or '' when incomplete. */
function dateOf(form: Form, id: string): string {
  const [d, m, y] = [form[`${id}-day`], form[`${id}-month`], form[`${id}-year`]].map((v) => (v ?? '').trim());
  if (!d || !m || !y || !/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return '';
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? '' : iso;
}
