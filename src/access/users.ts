import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { inAuthority } from '../db/database.ts';
import { audit } from './audit.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { isRole, type Role } from './roles.ts';

/** The signed-in user as each request sees them, read afresh so disabling or re-roling applies at once. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  laCode: string;
  laName: string;
  roles: Role[];
  /** Every authority where the user holds a role, for switching. */
  authorities: { laCode: string; name: string }[];
}

const MAX_FAILED_SIGN_INS = 10;
const LOCKOUT_MINUTES = 15;

export type SignInResult =
  | { ok: true; userId: string; laCode: string }
  | { ok: false; reason: 'invalid' | 'locked' | 'no_access' | 'unknown_identity' | 'disabled' };

/** A refused sign-in, kept for the installation's security review whether or not the user is known. */
export interface SignInFailure {
  method: 'password' | 'oidc';
  reason: string;
  username?: string;
  issuer?: string;
  subject?: string;
  userId?: string;
  requestId?: string;
}

export async function recordSignInFailure(db: Db, failure: SignInFailure): Promise<void> {
  await db
    .insertInto('sign_in_failure')
    .values({
      method: failure.method,
      reason: failure.reason.slice(0, 500),
      username: failure.username?.slice(0, 200) ?? null,
      issuer: failure.issuer ?? null,
      subject: failure.subject ?? null,
      user_id: failure.userId ?? null,
      request_id: failure.requestId ?? null,
    })
    .execute();
}

/**
 * Checks a username and password. Unknown users, wrong passwords and disabled accounts all give the same
 * answer; ten failures in a row lock the account for fifteen minutes. Every refusal is recorded.
 */
export async function signIn(
  db: Db,
  username: string,
  password: string,
  requestId?: string,
): Promise<SignInResult> {
  const name = username.trim().toLowerCase();
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'disabled_at', 'locked_until'])
    .where('username', '=', name)
    .executeTakeFirst();
  const refuse = async (reason: 'invalid' | 'locked' | 'no_access', why: string): Promise<SignInResult> => {
    await recordSignInFailure(db, {
      method: 'password',
      reason: why,
      username: name,
      userId: user?.id,
      requestId,
    });
    return { ok: false, reason };
  };
  if (!user || !user.password_hash || user.disabled_at) {
    await verifyPassword(password, await decoyHash());
    return refuse('invalid', !user ? 'unknown username' : user.disabled_at ? 'disabled' : 'no password');
  }
  if (user.locked_until && new Date(user.locked_until) > new Date()) return refuse('locked', 'locked');
  if (!(await verifyPassword(password, user.password_hash))) {
    await db
      .updateTable('app_user')
      .set({
        failed_sign_ins: sql`failed_sign_ins + 1`,
        locked_until: sql`CASE WHEN failed_sign_ins + 1 >= ${MAX_FAILED_SIGN_INS}
          THEN now() + make_interval(mins => ${LOCKOUT_MINUTES}) END`,
      })
      .where('id', '=', user.id)
      .execute();
    return refuse('invalid', 'wrong password');
  }
  const result = await completeSignIn(db, user.id, { method: 'password' });
  if (!result.ok) return refuse('no_access', 'no role');
  return result;
}

/**
 * Signs in the Hearth user linked to an account at a trusted OpenID Connect provider. An unlinked account
 * is refused: nobody is created on first sign-in, only by an administrator.
 */
export async function signInByIdentity(
  db: Db,
  identity: { issuer: string; subject: string },
  requestId?: string,
): Promise<SignInResult> {
  const user = await db
    .selectFrom('user_identity as i')
    .innerJoin('app_user as u', 'u.id', 'i.user_id')
    .select(['u.id', 'u.disabled_at'])
    .where('i.issuer', '=', identity.issuer)
    .where('i.subject', '=', identity.subject)
    .executeTakeFirst();
  const reason = !user ? 'unknown_identity' : user.disabled_at ? 'disabled' : undefined;
  const result: SignInResult = reason
    ? { ok: false, reason }
    : await completeSignIn(db, user!.id, { method: 'oidc', issuer: identity.issuer });
  if (!result.ok) {
    await recordSignInFailure(db, {
      method: 'oidc',
      reason: result.reason,
      ...identity,
      userId: user?.id,
      requestId,
    });
  }
  return result;
}

/** Signs a checked user into the first authority where they hold a role, clearing failures, audited there. */
async function completeSignIn(
  db: Db,
  userId: string,
  detail: Record<string, unknown>,
): Promise<SignInResult> {
  const first = await db
    .selectFrom('user_role')
    .select('la_code')
    .where('user_id', '=', userId)
    .orderBy('la_code')
    .executeTakeFirst();
  if (!first) return { ok: false, reason: 'no_access' };
  await inAuthority(db, { laCode: first.la_code, userId }, async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ failed_sign_ins: 0, locked_until: null })
      .where('id', '=', userId)
      .execute();
    await audit(trx, { laCode: first.la_code, userId, action: 'sign_in', detail });
  });
  return { ok: true, userId, laCode: first.la_code };
}

/** The user behind a session, or undefined if they have been disabled or no longer hold a role there. */
export async function loadCurrentUser(
  db: Db,
  userId: string,
  laCode: string,
): Promise<CurrentUser | undefined> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .innerJoin('local_authority as la', 'la.la_code', 'r.la_code')
    .select(['u.id', 'u.username', 'u.display_name', 'r.la_code', 'la.name as la_name', 'r.role'])
    .where('u.id', '=', userId)
    .where('u.disabled_at', 'is', null)
    .orderBy('r.la_code')
    .execute();
  const here = rows.filter((r) => r.la_code === laCode);
  const first = here[0];
  if (!first) return undefined;
  const authorities = new Map(rows.map((r) => [r.la_code, r.la_name]));
  return {
    id: first.id,
    username: first.username,
    displayName: first.display_name,
    laCode,
    laName: first.la_name,
    roles: here.map((r) => r.role).filter(isRole),
    authorities: [...authorities].map(([code, name]) => ({ laCode: code, name })),
  };
}
