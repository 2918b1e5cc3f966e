import { sql } from 'kysely';
import type { Actor, Trx } from '../db/database.ts';
import { audit } from './audit.ts';
import { hashPassword } from './passwords.ts';
import { isRole, ROLES, type Role } from './roles.ts';

/** A user as their authority's administrator sees them: only their roles in that authority. */
export interface ManagedUser {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: Role[];
  hasPassword: boolean;
  identities: { issuer: string; subject: string }[];
}

/** A change an administrator asked for that Hearth will not make, keyed by the form field it concerns. */
export type Refusal = { field: string; text: string };

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  /** Exactly one way to sign in: a password, or a linked council account. */
  signIn: { password: string } | { issuer: string; subject: string };
}

/** Audits a change to a user in the actor's authority, in the same transaction. */
function auditUserChange(
  trx: Trx,
  actor: Actor,
  action: string,
  userId: string,
  detail?: Record<string, unknown>,
): Promise<void> {
  return audit(trx, {
    laCode: actor.laCode,
    userId: actor.userId,
    action,
    subjectType: 'user',
    subjectId: userId,
    detail,
  });
}

/** Row-level security admits only the transaction's own authority here. */
async function grantRoles(trx: Trx, laCode: string, userId: string, roles: Role[]): Promise<void> {
  await trx
    .insertInto('user_role')
    .values(roles.map((role) => ({ la_code: laCode, user_id: userId, role })))
    .execute();
}

/** Sorted in the order the service lists roles. */
function inRoleOrder(roles: Role[]): Role[] {
  const order = Object.keys(ROLES);
  return [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Every user holding a role in the transaction's authority, disabled ones included, by name. */
export async function listUsers(trx: Trx, laCode: string, userId?: string): Promise<ManagedUser[]> {
  let query = trx
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.disabled_at',
      sql<boolean>`u.password_hash IS NOT NULL`.as('has_password'),
      sql<string[]>`array_agg(r.role ORDER BY r.role)`.as('roles'),
    ])
    .where('r.la_code', '=', laCode)
    .groupBy('u.id')
    .orderBy('u.display_name')
    .orderBy('u.username');
  if (userId) query = query.where('u.id', '=', userId);
  const users = await query.execute();
  const identities =
    users.length === 0
      ? []
      : await trx
          .selectFrom('user_identity')
          .select(['user_id', 'issuer', 'subject'])
          .where(
            'user_id',
            'in',
            users.map((u) => u.id),
          )
          .orderBy('linked_at')
          .execute();
  return users.map((u) => ({
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    disabled: u.disabled_at !== null,
    roles: inRoleOrder(u.roles.filter(isRole)),
    hasPassword: u.has_password,
    identities: identities
      .filter((i) => i.user_id === u.id)
      .map(({ issuer, subject }) => ({ issuer, subject })),
  }));
}

/** One user of the authority, or undefined if they hold no role there (so are not this administrator's). */
export async function findUser(trx: Trx, laCode: string, userId: string): Promise<ManagedUser | undefined> {
  return (await listUsers(trx, laCode, userId))[0];
}

async function identityIsTaken(trx: Trx, identity: { issuer: string; subject: string }): Promise<boolean> {
  const row = await trx
    .selectFrom('user_identity')
    .select('user_id')
    .where('issuer', '=', identity.issuer)
    .where('subject', '=', identity.subject)
    .executeTakeFirst();
  return row !== undefined;
}

const IDENTITY_TAKEN: Refusal = {
  field: 'subject',
  text: 'That council account is already linked to a Hearth user',
};

/** Adds a user with roles in the actor's authority. */
export async function addUser(trx: Trx, actor: Actor, user: NewUser): Promise<{ id: string } | Refusal> {
  const taken = await trx
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', user.username)
    .executeTakeFirst();
  if (taken)
    return {
      field: 'username',
      text: 'That username is already taken: choose another, or give them access as an existing user',
    };
  if ('subject' in user.signIn && (await identityIsTaken(trx, user.signIn))) return IDENTITY_TAKEN;
  const { id } = await trx
    .insertInto('app_user')
    .values({
      username: user.username,
      display_name: user.displayName,
      password_hash: 'password' in user.signIn ? await hashPassword(user.signIn.password) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await grantRoles(trx, actor.laCode, id, user.roles);
  if ('subject' in user.signIn) {
    await trx
      .insertInto('user_identity')
      .values({ ...user.signIn, user_id: id, linked_by: actor.userId })
      .execute();
  }
  await auditUserChange(trx, actor, 'user_added', id, {
    username: user.username,
    roles: user.roles,
    signIn:
      'subject' in user.signIn ? { issuer: user.signIn.issuer, subject: user.signIn.subject } : 'password',
  });
  return { id };
}

/**
 * Gives someone who already has a Hearth account (from another authority of a shared service) roles in the
 * actor's authority, so they can switch to it. Their account and roles elsewhere are untouched.
 */
export async function grantExistingUser(
  trx: Trx,
  actor: Actor,
  username: string,
  roles: Role[],
): Promise<{ id: string } | Refusal> {
  const existing = await trx
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirst();
  if (!existing) return { field: 'username', text: 'No Hearth user has that username' };
  if (await findUser(trx, actor.laCode, existing.id)) {
    return { field: 'username', text: 'They already have a role here: change their roles on their page' };
  }
  await grantRoles(trx, actor.laCode, existing.id, roles);
  await auditUserChange(trx, actor, 'user_access_granted', existing.id, { username, roles });
  return existing;
}

/** Replaces the user's roles in the actor's authority; their roles elsewhere are not this authority's. */
export async function changeRoles(
  trx: Trx,
  actor: Actor,
  user: ManagedUser,
  roles: Role[],
): Promise<Refusal | undefined> {
  if (user.id === actor.userId && user.roles.includes('administrator') && !roles.includes('administrator')) {
    return {
      field: 'roles',
      text: 'You cannot remove your own administrator role. Ask another administrator to do it',
    };
  }
  const added = roles.filter((r) => !user.roles.includes(r));
  const removed = user.roles.filter((r) => !roles.includes(r));
  if (added.length === 0 && removed.length === 0) return undefined;
  if (removed.length > 0) {
    await trx
      .deleteFrom('user_role')
      .where('la_code', '=', actor.laCode)
      .where('user_id', '=', user.id)
      .where('role', 'in', removed)
      .execute();
  }
  if (added.length > 0) await grantRoles(trx, actor.laCode, user.id, added);
  await auditUserChange(trx, actor, 'user_roles_changed', user.id, { added, removed });
  return undefined;
}

/**
 * Ends every session the user has, in every authority: their next request finds no session and they must
 * sign in again. Returns how many ended.
 */
export async function endSessions(trx: Trx, actor: Actor, user: ManagedUser): Promise<number> {
  const ended = await trx
    .deleteFrom('web_session')
    .where(sql<string>`data->>'userId'`, '=', user.id)
    .executeTakeFirst();
  const count = Number(ended.numDeletedRows);
  await auditUserChange(trx, actor, 'user_sessions_ended', user.id, { sessions: count });
  return count;
}

/**
 * Disables the account (everywhere: it is one person's account) and ends their sessions, or enables it
 * again. Administrators cannot disable themselves.
 */
export async function setDisabled(
  trx: Trx,
  actor: Actor,
  user: ManagedUser,
  disabled: boolean,
): Promise<Refusal | undefined> {
  if (disabled && user.id === actor.userId) {
    return {
      field: 'disable',
      text: 'You cannot disable your own account. Ask another administrator to do it',
    };
  }
  if (user.disabled === disabled) return undefined;
  await trx
    .updateTable('app_user')
    .set({ disabled_at: disabled ? new Date() : null })
    .where('id', '=', user.id)
    .execute();
  await auditUserChange(trx, actor, disabled ? 'user_disabled' : 'user_enabled', user.id);
  if (disabled) await endSessions(trx, actor, user);
  return undefined;
}

/** Links a council account to an existing user, so they can sign in with it. */
export async function linkIdentity(
  trx: Trx,
  actor: Actor,
  user: ManagedUser,
  identity: { issuer: string; subject: string },
): Promise<Refusal | undefined> {
  if (await identityIsTaken(trx, identity)) return IDENTITY_TAKEN;
  await trx
    .insertInto('user_identity')
    .values({ ...identity, user_id: user.id, linked_by: actor.userId })
    .execute();
  await auditUserChange(trx, actor, 'user_identity_linked', user.id, identity);
  return undefined;
}
