import type { Actor, Db } from '../src/db/database.ts';
import { inAuthority } from '../src/db/database.ts';
import { addChild } from '../src/casework/person.ts';
import type { Role } from '../src/access/roles.ts';
import type { Values } from '../src/casework/fields.ts';
import { recordStep } from '../src/casework/recording.ts';
import { stepById } from '../src/casework/steps/index.ts';
import { DEMO_AUTHORITY } from '../src/demo.ts';

/** An authority, if it is not there yet. */
export async function ensureAuthority(ownerDb: Db, laCode: string): Promise<void> {
  await ownerDb
    .insertInto('local_authority')
    .values({ la_code: laCode, name: `Authority ${laCode}` })
    .onConflict((oc) => oc.column('la_code').doNothing())
    .execute();
}

/** An authority and a user with a role there, written as the schema owner (as an administrator would). */
export async function arrangeAuthority(
  ownerDb: Db,
  laCode: string,
  role: Role = 'practitioner',
  username = `${role}.${laCode}`,
): Promise<Actor> {
  await ensureAuthority(ownerDb, laCode);
  const { id } = await ownerDb
    .insertInto('app_user')
    .values({ username, display_name: `Test ${role}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ownerDb.insertInto('user_role').values({ la_code: laCode, user_id: id, role }).execute();
  return { laCode, userId: id };
}

/** A child added through the same service the "Add a child" page uses. */
export async function arrangeChild(db: Db, actor: Actor, values: Values = {}): Promise<string> {
  const result = await inAuthority(db, actor, (trx) =>
    addChild(trx, actor, {
      given_name: 'Amira',
      family_name: 'Khan',
      date_of_birth: '2016-02-29',
      sex: 'F',
      ethnicity: 'APKN',
      ...values,
    }),
  );
  if ('errors' in result) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

/** A posted GOV.UK date input for a date field. */
export function dateInput(id: string, iso: string): Record<string, string> {
  const [y, m, d] = iso.split('-');
  return { [`${id}-day`]: String(Number(d)), [`${id}-month`]: String(Number(m)), [`${id}-year`]: y! };
}

/** A demo user (src/demo.ts) as the actor recording through the services. */
export async function demoActor(ownerDb: Db, username: string): Promise<Actor> {
  const { id } = await ownerDb
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return { laCode: DEMO_AUTHORITY.laCode, userId: id };
}

/**
 * A child referred on 1 May 2025 whose assessment, started the next day, was never authorised: open far
 * beyond 45 working days at 31 March 2026, which the 2025/26 CIN census asks about (query 8670Q).
 */
export async function arrangeUnauthorisedAssessment(
  db: Db,
  actor: Actor,
  values: Values = {},
): Promise<string> {
  const childId = await arrangeChild(db, actor, values);
  for (const [step, form, day] of [
    ['referral', { ...dateInput('referral_date', '2025-05-01'), source: '6', nfa: 'no' }, '2025-05-01'],
    ['assessment-start', dateInput('start_date', '2025-05-02'), '2025-05-02'],
  ] as const) {
    const saved = await recordStep(db, actor, childId, stepById(step)!, { ...form }, day);
    if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved)}`);
  }
  return childId;
}
