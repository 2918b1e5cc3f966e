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
  { ok: true; userId: string; laCode: string } | { ok: false; reason: 'invalid' | 'locked' | 'no_access' };

/**
 * Checks a username and password. Unknown users, wrong passwords and disabled accounts all give the same
 * answer; ten failures in a row lock the account for fifteen minutes.
 */
export async function signIn(db: Db, username: string, password: string): Promise<SignInResult> {
  const user = await db
    .selectFrom('app_user')
    .select(['id', 'password_hash', 'disabled_at', 'locked_until'])
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user || !user.password_hash || user.disabled_at) {
    await verifyPassword(password, await decoyHash());
    return { ok: false, reason: 'invalid' };
  }
  if (user.locked_until && new Date(user.locked_until) > new Date()) return { ok: false, reason: 'locked' };
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
    return { ok: false, reason: 'invalid' };
  }
  const first = await db
    .selectFrom('user_role')
    .select('la_code')
    .where('user_id', '=', user.id)
    .orderBy('la_code')
    .executeTakeFirst();
  if (!first) return { ok: false, reason: 'no_access' };
  await inAuthority(db, { laCode: first.la_code, userId: user.id }, async (trx) => {
    await trx
      .updateTable('app_user')
      .set({ failed_sign_ins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    await audit(trx, { laCode: first.la_code, userId: user.id, action: 'sign_in' });
  });
  return { ok: true, userId: user.id, laCode: first.la_code };
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
