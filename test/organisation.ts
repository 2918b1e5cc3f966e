import { sql } from 'kysely';
import { hashPassword } from '../src/access/passwords.ts';
import type { Role } from '../src/access/roles.ts';
import { inAuthority, systemActor, type Db } from '../src/db/database.ts';
import { ensureAuthority } from './fixtures.ts';

/** The password of every user these helpers make. */
export const TEST_PASSWORD = 'organisation-test-password';

let hash: Promise<string> | undefined;

/** An authority (if missing) and a user holding these roles there, who can sign in with TEST_PASSWORD. */
export async function arrangeUser(
  ownerDb: Db,
  laCode: string,
  username: string,
  roles: Role[],
): Promise<string> {
  hash ??= hashPassword(TEST_PASSWORD);
  await ensureAuthority(ownerDb, laCode);
  const { id } = await ownerDb
    .insertInto('app_user')
    .values({ username, display_name: `User ${username}`, password_hash: await hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (roles.length > 0)
    await ownerDb
      .insertInto('user_role')
      .values(roles.map((role) => ({ la_code: laCode, user_id: id, role })))
      .execute();
  return id;
}

/** A team, optionally with its manager. */
export async function arrangeTeam(
  ownerDb: Db,
  laCode: string,
  name: string,
  managerUserId: string | null = null,
) {
  const { id } = await ownerDb
    .insertInto('team')
    .values({ la_code: laCode, name, team_type: 'children', manager_user_id: managerUserId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A worker in a team, optionally linked to a user. */
export async function arrangeWorker(
  ownerDb: Db,
  laCode: string,
  teamId: string,
  userId: string | null = null,
) {
  const { id } = await ownerDb
    .insertInto('worker')
    .values({
      la_code: laCode,
      name: `Worker ${teamId.slice(0, 4)}`,
      team_id: teamId,
      start_date: '2020-01-01',
      user_id: userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * A child written as the schema owner (nobody's addition), with a contact (undecided if `screening`), a task,
 * and an allocation open today when a team is given.
 */
export async function arrangeAllocatedChild(
  ownerDb: Db,
  laCode: string,
  familyName: string,
  options: { teamId?: string | null; workerId?: string | null; screening?: boolean } = {},
): Promise<{ personId: string; contactId: string; taskId: string }> {
  return inAuthority(ownerDb, systemActor(laCode), async (trx) => {
    const personId = crypto.randomUUID();
    const contactId = crypto.randomUUID();
    const taskId = crypto.randomUUID();
    await trx
      .insertInto('person')
      .values({
        la_code: laCode,
        id: personId,
        la_child_id: `T${familyName.slice(0, 12)}`,
        given_name: 'Matrixchild',
        family_name: familyName,
        date_of_birth: '2015-05-05',
        sex: 'F',
      })
      .execute();
    await trx
      .insertInto('contact')
      .values({
        la_code: laCode,
        id: contactId,
        person_id: personId,
        contact_date: '2025-01-06',
        source: '6',
        concern: `Concern about ${familyName}`,
        decision: options.screening ? null : 'referral',
        decision_date: options.screening ? null : '2025-01-06',
      })
      .execute();
    await trx
      .insertInto('task')
      .values({
        la_code: laCode,
        id: taskId,
        person_id: personId,
        rule_id: 'cin_visit',
        title: 'Visit the child',
        from_date: '2025-01-06',
        due_date: '2025-02-06',
        source_type: 'contact',
        source_id: contactId,
      })
      .execute();
    if (options.teamId)
      await trx
        .insertInto('allocation')
        .values({
          la_code: laCode,
          person_id: personId,
          team_id: options.teamId,
          worker_id: options.workerId ?? null,
          start_date: '2025-01-06',
        })
        .execute();
    return { personId, contactId, taskId };
  });
}

/** Marks a record restricted, as the schema owner, naming nobody. */
export async function arrangeRestriction(ownerDb: Db, laCode: string, personId: string): Promise<void> {
  await sql`INSERT INTO record_restriction (la_code, person_id, category, reason)
    VALUES (${laCode}, ${personId}, 'high_profile', 'In the news')`.execute(ownerDb);
}
