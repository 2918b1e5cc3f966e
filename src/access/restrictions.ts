import { sql } from 'kysely';
import type { Actor, Trx } from '../db/database.ts';
import { audit } from './audit.ts';
import { isRole, ROLES, type Role } from './roles.ts';

/** How long break-the-glass access lasts. */
export const BREAK_GLASS_HOURS = 2;

export const RESTRICTION_CATEGORIES = {
  adoption: 'Adoption',
  staff: 'A member of staff or their relative is the subject',
  high_profile: 'High profile',
  other: 'Other',
} as const;
export type RestrictionCategory = keyof typeof RESTRICTION_CATEGORIES;

/** Who may mark a record restricted and name who may open it. */
export const RESTRICTION_MANAGERS: readonly Role[] = ['team_manager', 'head_of_service'];

export type Outcome = { ok: true } | { ok: false; errors: Record<string, string> };

const refused = (field: string, text: string): Outcome => ({ ok: false, errors: { [field]: text } });

/** Whether the transaction's user may see this person now (row-level security decides). */
export async function maySee(trx: Trx, personId: string): Promise<boolean> {
  const row = await trx.selectFrom('person').select('id').where('id', '=', personId).executeTakeFirst();
  return row !== undefined;
}

/** Of these people, the ones the transaction's user may see: drill-down lists filter by it. */
export async function visibleAmong(trx: Trx, personIds: readonly string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await trx
    .selectFrom('person')
    .select('id')
    .where('id', '=', sql<string>`ANY(${[...new Set(personIds)]}::uuid[])`)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Whether a person is linked to a user (the user themselves, or their relative). */
export async function isLinkedTo(trx: Trx, personId: string, userId: string): Promise<boolean> {
  const row = await trx
    .selectFrom('person_user_link')
    .select('person_id')
    .where('person_id', '=', personId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export interface AccessPanel {
  restriction: { category: string; reason: string; restricted_at: Date; by: string | null } | undefined;
  grants: { id: string; who: string; expires_at: Date }[];
  links: { who: string; link: string }[];
}

/** The restriction panel's content for one child. */
export async function accessPanel(trx: Trx, personId: string): Promise<AccessPanel> {
  const restriction = await trx
    .selectFrom('record_restriction as r')
    .leftJoin('app_user as u', 'u.id', 'r.restricted_by')
    .select(['r.category', 'r.reason', 'r.restricted_at', 'u.display_name as by'])
    .where('r.person_id', '=', personId)
    .where('r.lifted_at', 'is', null)
    .executeTakeFirst();
  const grants = await trx
    .selectFrom('restriction_grant as g')
    .leftJoin('app_user as u', 'u.id', 'g.user_id')
    .select(['g.id', 'g.role', 'g.expires_at', 'u.display_name', 'u.username'])
    .where('g.person_id', '=', personId)
    .where('g.revoked_at', 'is', null)
    .where('g.expires_at', '>', sql<Date>`now()`)
    .orderBy('g.expires_at')
    .execute();
  const links = await trx
    .selectFrom('person_user_link as l')
    .innerJoin('app_user as u', 'u.id', 'l.user_id')
    .select(['u.display_name', 'u.username', 'l.link'])
    .where('l.person_id', '=', personId)
    .execute();
  return {
    restriction,
    grants: grants.map((g) => ({
      id: g.id,
      who: g.role
        ? `Everyone with the role ${ROLES[g.role as Role] ?? g.role}`
        : `${g.display_name} (${g.username})`,
      expires_at: g.expires_at,
    })),
    links: links.map((l) => ({ who: `${l.display_name} (${l.username})`, link: l.link })),
  };
}

/**
 * Marks a child's record restricted. The manager who restricts it is named in a grant for a year, so the
 * record does not vanish from the one person who just restricted it.
 */
export async function restrictRecord(
  trx: Trx,
  actor: Actor,
  personId: string,
  category: string,
  reason: string,
): Promise<Outcome> {
  if (!Object.hasOwn(RESTRICTION_CATEGORIES, category))
    return refused('category', 'Select why the record is restricted');
  if (!reason.trim()) return refused('reason', 'Enter the reason for restricting the record');
  const existing = await trx
    .selectFrom('record_restriction')
    .select('id')
    .where('person_id', '=', personId)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  if (existing) return refused('form', 'The record is already restricted');
  await trx
    .insertInto('record_restriction')
    .values({
      la_code: actor.laCode,
      person_id: personId,
      category,
      reason: reason.trim(),
      restricted_by: actor.userId,
    })
    .execute();
  await trx
    .insertInto('restriction_grant')
    .values({
      la_code: actor.laCode,
      person_id: personId,
      user_id: actor.userId,
      expires_at: sql<Date>`now() + interval '1 year'`,
      granted_by: actor.userId,
    })
    .execute();
  await audit(trx, {
    ...who(actor),
    action: 'restrict',
    subjectType: 'person',
    subjectId: personId,
    reason: reason.trim(),
    detail: { category },
  });
  return { ok: true };
}

export async function liftRestriction(
  trx: Trx,
  actor: Actor,
  personId: string,
  reason: string,
): Promise<Outcome> {
  if (!reason.trim()) return refused('lift_reason', 'Enter the reason for lifting the restriction');
  const lifted = await trx
    .updateTable('record_restriction')
    .set({ lifted_at: sql<Date>`now()`, lifted_by: actor.userId, lift_reason: reason.trim() })
    .where('person_id', '=', personId)
    .where('lifted_at', 'is', null)
    .executeTakeFirst();
  if (lifted.numUpdatedRows === 0n) return refused('form', 'The record is not restricted');
  await audit(trx, {
    ...who(actor),
    action: 'lift_restriction',
    subjectType: 'person',
    subjectId: personId,
    reason: reason.trim(),
  });
  return { ok: true };
}

/** Names a user (by username) or a role who may open a restricted record until a date. */
export async function grantAccess(
  trx: Trx,
  actor: Actor,
  personId: string,
  grantee: string,
  expires: string,
  today: string,
): Promise<Outcome> {
  const name = grantee.trim().toLowerCase();
  if (!name) return refused('grantee', 'Enter the username or role of who may open the record');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expires) || expires <= today)
    return refused('expires', 'Enter a date in the future when the access ends');
  let userId: string | null = null;
  let role: Role | null = null;
  if (isRole(name)) role = name;
  else {
    const user = await trx
      .selectFrom('app_user as u')
      .innerJoin('user_role as r', 'r.user_id', 'u.id')
      .select('u.id')
      .where('u.username', '=', name)
      .where('r.la_code', '=', actor.laCode)
      .executeTakeFirst();
    if (!user) return refused('grantee', 'There is no user with that username in this authority');
    userId = user.id;
    if (await isLinkedTo(trx, personId, userId))
      return refused('grantee', 'This record is linked to that user: they can never open it');
  }
  await trx
    .insertInto('restriction_grant')
    .values({
      la_code: actor.laCode,
      person_id: personId,
      user_id: userId,
      role,
      expires_at: sql<Date>`(${expires}::date + 1)::timestamp AT TIME ZONE 'Europe/London'`,
      granted_by: actor.userId,
    })
    .execute();
  await audit(trx, {
    ...who(actor),
    action: 'grant_access',
    subjectType: 'person',
    subjectId: personId,
    detail: { user: userId, role, expires },
  });
  return { ok: true };
}

export async function revokeGrant(
  trx: Trx,
  actor: Actor,
  personId: string,
  grantId: string,
): Promise<Outcome> {
  const revoked = await trx
    .updateTable('restriction_grant')
    .set({ revoked_at: sql<Date>`now()`, revoked_by: actor.userId })
    .where('id', '=', grantId)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (revoked.numUpdatedRows === 0n) return refused('form', 'There is no such grant');
  await audit(trx, {
    ...who(actor),
    action: 'revoke_access',
    subjectType: 'person',
    subjectId: personId,
    detail: { grant: grantId },
  });
  return { ok: true };
}

/** Links a person to a user (the user themselves, or a relative of theirs): that user can never open it. */
export async function linkToUser(
  trx: Trx,
  actor: Actor,
  personId: string,
  username: string,
  link: string,
): Promise<Outcome> {
  if (link !== 'self' && link !== 'relative') return refused('link', 'Select how the person is linked');
  const user = await trx
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username.trim().toLowerCase())
    .executeTakeFirst();
  if (!user) return refused('username', 'There is no user with that username');
  await trx
    .insertInto('person_user_link')
    .values({ la_code: actor.laCode, person_id: personId, user_id: user.id, link, recorded_by: actor.userId })
    .onConflict((oc) => oc.columns(['la_code', 'person_id', 'user_id']).doNothing())
    .execute();
  await audit(trx, {
    ...who(actor),
    action: 'link_user',
    subjectType: 'person',
    subjectId: personId,
    detail: { user: user.id, link },
  });
  return { ok: true };
}

/**
 * Break-the-glass: a refused user states why they need the record and gets it for two hours. The row is the
 * privacy officers' alert. Never for a record linked to the user.
 */
export async function breakGlass(trx: Trx, actor: Actor, personId: string, reason: string): Promise<Outcome> {
  if (!reason.trim()) return refused('reason', 'Enter why you need to open this record');
  if (await isLinkedTo(trx, personId, actor.userId))
    return refused('form', 'This record is linked to you: you cannot open it');
  await sql`SAVEPOINT break_glass`.execute(trx);
  try {
    await trx
      .insertInto('break_glass')
      .values({
        la_code: actor.laCode,
        person_id: personId,
        user_id: actor.userId,
        reason: reason.trim().slice(0, 2000),
        expires_at: sql<Date>`now() + make_interval(hours => ${BREAK_GLASS_HOURS})`,
      })
      .execute();
  } catch (error) {
    // The foreign key finds a person the user cannot see; one that is not there is refused.
    if ((error as { code?: string }).code !== '23503') throw error;
    await sql`ROLLBACK TO SAVEPOINT break_glass`.execute(trx);
    return refused('form', 'There is no such child');
  }
  await audit(trx, {
    ...who(actor),
    action: 'break_glass',
    subjectType: 'person',
    subjectId: personId,
    reason: reason.trim().slice(0, 2000),
    detail: { hours: BREAK_GLASS_HOURS },
  });
  return { ok: true };
}

export interface BreakGlassAlert {
  id: string;
  personId: string;
  child: string;
  user: string;
  reason: string;
  openedAt: Date;
  expiresAt: Date;
  reviewedAt: Date | null;
  reviewNote: string | null;
}

/** Break-the-glass alerts for the privacy officer: open ones first, then the latest reviewed. */
export async function breakGlassAlerts(trx: Trx): Promise<BreakGlassAlert[]> {
  const rows = await trx
    .selectFrom('break_glass as b')
    .innerJoin('app_user as u', 'u.id', 'b.user_id')
    .leftJoin('person as p', (j) => j.onRef('p.id', '=', 'b.person_id').onRef('p.la_code', '=', 'b.la_code'))
    .select([
      'b.id',
      'b.person_id',
      sql<string | null>`p.given_name || ' ' || p.family_name || ' (' || p.la_child_id || ')'`.as('child'),
      'u.display_name',
      'b.reason',
      'b.opened_at',
      'b.expires_at',
      'b.reviewed_at',
      'b.review_note',
    ])
    .orderBy(sql`b.reviewed_at IS NOT NULL`)
    .orderBy('b.opened_at', 'desc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    child: r.child ?? 'A record linked to you',
    user: r.display_name,
    reason: r.reason,
    openedAt: r.opened_at,
    expiresAt: r.expires_at,
    reviewedAt: r.reviewed_at,
    reviewNote: r.review_note,
  }));
}

/** Marks an alert reviewed with a note. Undefined when there is no such alert waiting in the authority. */
export async function reviewAlert(
  trx: Trx,
  actor: Actor,
  alertId: string,
  note: string,
): Promise<Outcome | undefined> {
  const waiting = await trx
    .selectFrom('break_glass')
    .select('id')
    .where('id', '=', alertId)
    .where('reviewed_at', 'is', null)
    .executeTakeFirst();
  if (!waiting) return undefined;
  if (!note.trim()) return refused(`note-${alertId}`, 'Enter a note on your review');
  const reviewed = await trx
    .updateTable('break_glass')
    .set({
      reviewed_at: sql<Date>`now()`,
      reviewed_by: actor.userId,
      review_note: note.trim().slice(0, 2000),
    })
    .where('id', '=', alertId)
    .where('reviewed_at', 'is', null)
    .returning('person_id')
    .executeTakeFirstOrThrow();
  await audit(trx, {
    ...who(actor),
    action: 'review_break_glass',
    subjectType: 'person',
    subjectId: reviewed.person_id,
    reason: note.trim().slice(0, 2000),
    detail: { alert: alertId },
  });
  return { ok: true };
}

function who(actor: Actor) {
  return { laCode: actor.laCode, userId: actor.userId };
}
