import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../access/passwords.ts';
import { administrators } from '../../../access/policy.ts';
import { ROLES, type Role } from '../../../access/roles.ts';
import {
  addUser,
  changeRoles,
  endSessions,
  findUser,
  grantExistingUser,
  linkIdentity,
  listUsers,
  setDisabled,
  type ManagedUser,
  type Refusal,
} from '../../../access/user-admin.ts';
import { inAuthority, type Actor, type Trx } from '../../../db/database.ts';
import { parseForm, type FieldError } from '../../forms.ts';

const ROLE_CODES = Object.keys(ROLES) as [Role, ...Role[]];

/** Checkboxes post nothing, one value, or several. */
const rolesField = z.preprocess(
  (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.enum(ROLE_CODES, { error: 'Select roles from the list' }))
    .min(1, 'Select at least one role. To stop someone using Hearth, disable their account instead'),
);

const subjectField = z
  .string({ error: 'Enter the identifier of their council account' })
  .trim()
  .min(1, 'Enter the identifier of their council account')
  .max(255, 'The identifier of a council account is 255 characters or fewer');

const newUserForm = z
  .object({
    display_name: z
      .string({ error: "Enter the person's full name" })
      .trim()
      .min(1, "Enter the person's full name")
      .max(200, 'Full name must be 200 characters or fewer'),
    username: z
      .string({ error: 'Enter a username' })
      .trim()
      .toLowerCase()
      .regex(
        /^[a-z0-9._@-]{3,100}$/,
        'Username must be 3 to 100 characters: letters, numbers, full stops, hyphens, underscores or @',
      ),
    roles: rolesField,
    sign_in: z.enum(['password', 'council'], { error: 'Select how they will sign in' }),
    password: z.string().optional(),
    subject: z.string().optional(),
  })
  .superRefine((form, ctx) => {
    if (form.sign_in === 'password' && (form.password ?? '').length < MIN_PASSWORD_LENGTH) {
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters`,
      });
    }
    if (form.sign_in === 'council' && !subjectField.safeParse(form.subject).success) {
      ctx.addIssue({
        code: 'custom',
        path: ['subject'],
        message: 'Enter the identifier of their council account',
      });
    }
  });

const rolesForm = z.object({ roles: rolesField });
const existingUserForm = z.object({
  username: z.string({ error: 'Enter their username' }).trim().toLowerCase().min(1, 'Enter their username'),
  roles: rolesField,
});
const identityForm = z.object({ subject: subjectField });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function actorOf(request: FastifyRequest): Actor {
  return { laCode: request.user!.laCode, userId: request.user!.id };
}

const roleItems = (checked: readonly string[]) =>
  Object.entries(ROLES).map(([value, text]) => ({ value, text, checked: checked.includes(value) }));

function asErrors(refusal: Refusal): { errors: FieldError[]; byField: Record<string, string> } {
  return {
    errors: [{ href: `#${refusal.field}`, text: refusal.text }],
    byField: { [refusal.field]: refusal.text },
  };
}

/**
 * User administration for an authority's administrators: its users, adding one, their roles, disabling and
 * enabling, ending their sessions and linking a council account. Every change is audited in the authority.
 */
export async function userRoutes(app: FastifyInstance): Promise<void> {
  const providers = app.hearthConfig.oidc ?? [];
  /** The provider a form chose: the only one, or the one named, if the installation trusts it. */
  const providerOf = (id: unknown) =>
    providers.length === 1 ? providers[0] : providers.find((p) => p.id === id);
  const NO_PROVIDER: Refusal = { field: 'provider', text: 'Select the council whose account it is' };
  const councilFields = {
    councilSignIn: providers.length > 0,
    providerItems: providers.length > 1 ? providers.map((p) => ({ value: p.id, text: p.label })) : [],
    providerLabels: Object.fromEntries(providers.map((p) => [p.issuer, p.label])),
  };
  const access = { config: { access: administrators } };

  app.get('/users', access, async (request, reply) => {
    const actor = actorOf(request);
    const users = await inAuthority(app.db, actor, (trx) => listUsers(trx, actor.laCode));
    return reply.view('users/users.njk', { pageTitle: 'Users', users, roleNames: ROLES });
  });

  const newUserPage = (reply: FastifyReply, status: number, extra: Record<string, unknown>) =>
    reply.code(status).view('users/new-user.njk', {
      pageTitle: 'Add a user',
      backLink: '/users',
      ...councilFields,
      roleItems: roleItems([]),
      ...extra,
    });

  app.get('/users/new', access, async (_request, reply) => newUserPage(reply, 200, {}));

  app.post('/users/new', access, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const posted = {
      values: body,
      roleItems: roleItems(rolesField.safeParse(body.roles).data ?? []),
    };
    const form = parseForm(newUserForm, body);
    if (!form.ok) return newUserPage(reply, 400, { ...posted, ...form });
    const { value } = form;
    const provider = providerOf(body.provider);
    if (value.sign_in === 'council' && !provider) {
      const refusal = providers.length
        ? NO_PROVIDER
        : { field: 'sign_in', text: 'Select how they will sign in' };
      return newUserPage(reply, 400, { ...posted, ...asErrors(refusal) });
    }
    const actor = actorOf(request);
    const result = await inAuthority(app.db, actor, (trx) =>
      addUser(trx, actor, {
        username: value.username,
        displayName: value.display_name,
        roles: value.roles,
        signIn:
          value.sign_in === 'council'
            ? { issuer: provider!.issuer, subject: value.subject!.trim() }
            : { password: value.password! },
      }),
    );
    if ('field' in result) return newUserPage(reply, 400, { ...posted, ...asErrors(result) });
    request.session.flash = `${value.display_name} added.`;
    return reply.redirect(`/users/${result.id}`);
  });

  const existingUserPage = (reply: FastifyReply, status: number, extra: Record<string, unknown>) =>
    reply.code(status).view('users/existing-user.njk', {
      pageTitle: 'Give an existing user access',
      backLink: '/users',
      roleItems: roleItems([]),
      ...extra,
    });

  app.get('/users/existing', access, async (_request, reply) => existingUserPage(reply, 200, {}));

  app.post('/users/existing', access, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const posted = { values: body, roleItems: roleItems(rolesField.safeParse(body.roles).data ?? []) };
    const form = parseForm(existingUserForm, body);
    if (!form.ok) return existingUserPage(reply, 400, { ...posted, ...form });
    const actor = actorOf(request);
    const result = await inAuthority(app.db, actor, (trx) =>
      grantExistingUser(trx, actor, form.value.username, form.value.roles),
    );
    if ('field' in result) return existingUserPage(reply, 400, { ...posted, ...asErrors(result) });
    request.session.flash = `${form.value.username} now has access to ${request.user!.laName}.`;
    return reply.redirect(`/users/${result.id}`);
  });

  const userPage = (
    reply: FastifyReply,
    status: number,
    user: ManagedUser,
    extra: Record<string, unknown> = {},
  ) =>
    reply.code(status).view('users/user.njk', {
      pageTitle: user.displayName,
      backLink: '/users',
      managed: user,
      roleNames: ROLES,
      roleItems: roleItems(user.roles),
      ...councilFields,
      isSelf: user.id === reply.request.user!.id,
      ...extra,
    });

  /** Only a user of this administrator's authority; anyone else is not found. */
  app.get<{ Params: { id: string } }>('/users/:id', access, async (request, reply) => {
    const actor = actorOf(request);
    const { id } = request.params;
    const user = UUID.test(id)
      ? await inAuthority(app.db, actor, (trx) => findUser(trx, actor.laCode, id))
      : undefined;
    return user ? userPage(reply, 200, user) : reply.callNotFound();
  });

  /**
   * Runs one change to a user in one transaction with finding them (so it acts on what it read); shows the
   * refusal on their page, or goes back to it with the outcome.
   */
  const change = (
    path: string,
    act: (trx: Trx, request: FastifyRequest, user: ManagedUser, actor: Actor) => Promise<Refusal | string>,
  ) =>
    app.post<{ Params: { id: string } }>(`/users/:id/${path}`, access, async (request, reply) => {
      const actor = actorOf(request);
      const { id } = request.params;
      const outcome = UUID.test(id)
        ? await inAuthority(app.db, actor, async (trx) => {
            const user = await findUser(trx, actor.laCode, id);
            return user && { user, result: await act(trx, request, user, actor) };
          })
        : undefined;
      if (!outcome) return reply.callNotFound();
      const { user, result } = outcome;
      if (typeof result !== 'string') return userPage(reply, 400, user, asErrors(result));
      request.session.flash = result;
      return reply.redirect(`/users/${user.id}`);
    });

  change('roles', async (trx, request, user, actor) => {
    const form = parseForm(rolesForm, request.body);
    if (!form.ok) return { field: 'roles', text: form.byField.roles ?? 'Select at least one role' };
    const refusal = await changeRoles(trx, actor, user, form.value.roles);
    return refusal ?? `${user.displayName}'s roles saved.`;
  });

  change('disable', async (trx, _request, user, actor) => {
    const refusal = await setDisabled(trx, actor, user, true);
    return refusal ?? `${user.displayName}'s account is disabled and their sessions have ended.`;
  });

  change('enable', async (trx, _request, user, actor) => {
    const refusal = await setDisabled(trx, actor, user, false);
    return refusal ?? `${user.displayName}'s account is enabled.`;
  });

  change('end-sessions', async (trx, _request, user, actor) => {
    const count = await endSessions(trx, actor, user);
    return count === 0
      ? `${user.displayName} had no sessions.`
      : `${user.displayName}'s ${count === 1 ? 'session has' : `${count} sessions have`} ended. They must sign in again.`;
  });

  change('identity', async (trx, request, user, actor) => {
    const form = parseForm(identityForm, request.body);
    const provider = providerOf((request.body as Record<string, unknown> | undefined)?.provider);
    if (!provider)
      return providers.length
        ? NO_PROVIDER
        : { field: 'subject', text: 'Sign-in by council account is not set up' };
    if (!form.ok) return { field: 'subject', text: form.byField.subject ?? 'Enter the identifier' };
    const identity = { issuer: provider.issuer, subject: form.value.subject };
    const refusal = await linkIdentity(trx, actor, user, identity);
    return refusal ?? `Council account linked: ${user.displayName} can sign in with it.`;
  });
}
