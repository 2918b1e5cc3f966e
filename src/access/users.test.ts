import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database.ts';
import { arrangeAuthority } from '../../test/fixtures.ts';
import { hashPassword } from './passwords.ts';
import { signIn } from './users.ts';

const PASSWORD = 'correct horse battery';
let database: TestDatabase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  database = await createTestDatabase();
  const hash = await hashPassword(PASSWORD);
  for (const username of ['active.worker', 'disabled.worker']) {
    ids[username] = (await arrangeAuthority(database.ownerDb, '801', 'practitioner', username)).userId;
  }
  const { id } = await database.ownerDb
    .insertInto('app_user')
    .values({ username: 'roleless.worker', display_name: 'No Role', password_hash: hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  ids['roleless.worker'] = id;
  await database.ownerDb.updateTable('app_user').set({ password_hash: hash }).execute();
  await database.ownerDb
    .updateTable('app_user')
    .set({ disabled_at: new Date() })
    .where('username', '=', 'disabled.worker')
    .execute();
});

afterAll(() => database.drop());

describe('signing in with a password', () => {
  it('records every refusal with its reason, and audits a sign-in in the authority', async () => {
    const attempts: [string, string, string][] = [
      ['nobody.here', PASSWORD, 'unknown username'],
      ['Active.Worker', 'wrong password!', 'wrong password'],
      ['disabled.worker', PASSWORD, 'disabled'],
      ['roleless.worker', PASSWORD, 'no role'],
    ];
    for (const [username, password] of attempts) {
      expect((await signIn(database.db, username, password, 'request-1')).ok).toBe(false);
    }
    const recorded = await database.ownerDb
      .selectFrom('sign_in_failure')
      .select(['method', 'reason', 'username', 'user_id', 'request_id'])
      .orderBy('id')
      .execute();
    expect(recorded).toEqual(
      attempts.map(([username, , reason]) => ({
        method: 'password',
        reason,
        username: username.toLowerCase(),
        user_id: ids[username.toLowerCase()] ?? null,
        request_id: 'request-1',
      })),
    );

    expect(await signIn(database.db, 'active.worker', PASSWORD)).toEqual({
      ok: true,
      userId: ids['active.worker'],
      laCode: '801',
    });
    const audited = await database.ownerDb
      .selectFrom('audit_event')
      .select(['la_code', 'action', 'detail'])
      .where('user_id', '=', ids['active.worker']!)
      .execute();
    expect(audited).toEqual([{ la_code: '801', action: 'sign_in', detail: { method: 'password' } }]);
  });

  it('the application cannot change or remove a recorded refusal', async () => {
    await expect(database.db.deleteFrom('sign_in_failure').execute()).rejects.toThrow(/permission denied/);
    await expect(
      database.ownerDb.updateTable('sign_in_failure').set({ reason: 'nothing happened' }).execute(),
    ).rejects.toThrow(/append-only/);
  });
});
